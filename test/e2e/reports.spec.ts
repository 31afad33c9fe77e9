import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiOf, expectAccessible, screenshot, useSignedInPages } from './harness';

/**
 * Issue 11's reports in the browser: an oversight body (人大) signs in and opens the monthly report
 * the demo pushed to it; a supervisor picks a month and a cut in 统计通报, reads the table and
 * downloads it as xlsx; an admin weighs the 考评 indicators and the supervisor's ranking follows.
 * One browser context per account.
 */

const { as } = useSignedInPages('reports', ['npc', 'supervisor', 'admin'] as const);

/** This month in Asia/Shanghai, as the month picker shows it. */
const thisMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);

describe('reports', () => {
  it('an oversight body finds the monthly report in its inbox and opens it', async () => {
    const page = as.npc;
    // Signed in, /login takes the account on to its own workbench.
    await page.goto('/login');
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
    // Both files open: the xlsx is a zip archive, the PDF a PDF.
    const [xlsx, pdfFile] = await Promise.all(
      ['periodic-xlsx', 'periodic-pdf'].map(async (id) => page.request.get((await drawer.getByTestId(id).getAttribute('href'))!)),
    );
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(pdfFile.status()).toBe(200);
    expect(pdfFile.headers()['content-type']).toContain('application/pdf');
    expect((await pdfFile.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expectAccessible(page, 'periodic report drawer');
    await screenshot(page, 'reports-oversight-monthly');
  });

  it('a supervisor picks a month by department, reads the table and downloads the xlsx', async () => {
    const page = as.supervisor;
    await page.goto('/supervision');
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
    // The trend of the twelve months ending with the chosen one is drawn above the table.
    await page.getByRole('img', { name: /近 12 期走势/ }).waitFor();
    await page.getByText('查看数据表').click();
    expect(await page.locator('.tb-rp-trend-table tbody tr').count()).toBe(12);
    await page.locator('.tb-rp-trend-table tbody tr').last().getByRole('rowheader', { name: month }).waitFor();
    await expectAccessible(page, 'reports page');
    await screenshot(page, 'reports-supervisor-month');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-xlsx').click()]);
    const file = await download.path();
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    // An xlsx is a zip archive.
    expect(readFileSync(file!).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('an admin weighs only timeliness, and the supervisor’s 考评 ranking follows', async () => {
    const admin = as.admin;
    await admin.goto('/admin');
    await admin.getByRole('menuitem', { name: '考评权重' }).click();
    await admin.getByRole('heading', { level: 1, name: '考评权重' }).waitFor();
    const { weights } = await (await apiOf(admin)).get<{ weights: Array<{ indicator: string; zh: string }> }>('/api/v1/scores/weights');
    for (const w of weights) await admin.getByLabel(`权重 ${w.zh}`).fill(w.indicator === 'onTimePromisedRate' ? '100' : '0');
    await admin.getByRole('button', { name: '保存权重' }).click();
    await admin.getByText('权重已保存').waitFor();
    await expectAccessible(admin, 'score weights');

    const page = as.supervisor;
    await page.getByRole('menuitem', { name: '考评' }).click();
    await page.getByRole('heading', { level: 1, name: '政务服务考评' }).waitFor();
    const note = page.locator('.tb-rp-note').first();
    await note.getByText('承诺时限内办结率 100').waitFor();
    expect(await note.getByText(/好评率/).count()).toBe(0);
    // The ranking is the on-time share alone: each ranked score is that share × 100.
    // The page opens on last month.
    const [y, m] = thisMonth().split('-').map(Number);
    const month = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    const scores = await (
      await apiOf(page)
    ).get<{ rows: Array<{ rank: number | null; score: number | null; nameZh: string; parts: Array<{ indicator: string; value: number | null }> }> }>(
      `/api/v1/scores?period=month&date=${month}&level=department`,
    );
    const ranked = scores.rows.filter((r) => r.rank !== null);
    expect(ranked.length).toBeGreaterThan(0);
    for (const r of ranked) expect(r.score).toBe(Math.round(r.parts.find((p) => p.indicator === 'onTimePromisedRate')!.value! * 1000) / 10);
    const first = page.locator('.tb-rp-scroll tbody tr').first();
    await first.getByText(ranked[0].nameZh).waitFor();
    await first.getByText(String(ranked[0].score), { exact: true }).waitFor();
    // With one weighted indicator the table fits: score and indicator read without scrolling sideways.
    const [cell, frame] = [await first.locator('td').last().boundingBox(), await page.locator('.tb-rp-scroll').boundingBox()];
    expect(cell!.x + cell!.width).toBeLessThanOrEqual(frame!.x + frame!.width + 1);
    await expectAccessible(page, 'scores');
    await screenshot(page, 'reports-scores-timeliness');
  });
});
