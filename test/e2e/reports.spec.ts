import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, useSignedInPages } from './harness';

/**
 * Issue 11's reports in the browser: an oversight body (人大) signs in and opens the monthly report
 * the demo pushed to it; a supervisor picks a month and a cut in 统计通报, reads the table and
 * downloads it as xlsx. One browser context per account.
 */

const { as } = useSignedInPages('reports', ['npc', 'supervisor'] as const);

/** This month in Asia/Shanghai, as the month picker shows it. */
const thisMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);

describe('reports', () => {
  it('an oversight body finds the monthly report in its inbox and opens it', async () => {
    const page = as.npc;
    await expect.poll(() => new URL(page.url()).pathname).toBe('/oversight');
    await page.getByRole('menuitem', { name: '定期通报' }).click();
    await page.waitForURL('**/oversight/inbox');
    const row = page.getByRole('row').filter({ hasText: '月报' });
    await expect.poll(() => row.count()).toBeGreaterThan(0);
    await row.first().getByRole('button', { name: /查看/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('heading', { name: /政务服务效能月报/ }).waitFor();
    await drawer
      .getByText(/合计|该周期暂无数据/)
      .first()
      .waitFor();
    await expect.poll(() => drawer.getByTestId('periodic-xlsx').getAttribute('href')).toMatch(/\/api\/v1\/reports\/periodic\/.+\/xlsx$/);
    await expectAccessible(page, 'periodic report drawer');
    await screenshot(page, 'reports-oversight-monthly');
  });

  it('a supervisor picks a month by department, reads the table and downloads the xlsx', async () => {
    const page = as.supervisor;
    await page.getByRole('menuitem', { name: '统计通报' }).click();
    await page.waitForURL('**/supervision/reports');
    // The controls are set from the first report's answer: pick only once it has come.
    await page.locator('.tb-rp-table').getByText('合计').waitFor();
    const month = thisMonth();
    const picker = page.getByRole('textbox', { name: '日期' });
    await picker.click();
    await picker.fill(month);
    await picker.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('date') === month);
    await page.getByRole('combobox', { name: '统计维度' }).click();
    await page.locator('.ant-select-item-option', { hasText: '按部门' }).click();
    await page.waitForURL((url) => url.searchParams.get('by') === 'department');
    const table = page.locator('.tb-rp-table');
    await table.getByText('合计').waitFor();
    await table.getByText('市市场监管局').first().waitFor();
    await expectAccessible(page, 'reports page');
    await screenshot(page, 'reports-supervisor-month');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-xlsx').click()]);
    const file = await download.path();
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    // An xlsx is a zip archive.
    expect(readFileSync(file!).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
