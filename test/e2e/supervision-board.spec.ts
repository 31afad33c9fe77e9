import { describe, expect, it } from 'vitest';
import { expectAccessible, okJson, screenshot, useSignedInPages } from './harness';

/**
 * Issue 11, electronic supervision in the browser: the supervisor opens the live board (电子监察看板)
 * on the demo data, sees red and overdue cases, switches to the region cut, clicks a bar segment and
 * lands on the efficiency page's case list filtered by that region and light, then opens a case
 * and reads its timeline.
 */

interface Counts {
  green: number;
  yellow: number;
  red: number;
  overdue: number;
}
interface Stats {
  total: Counts & { total: number };
  rows: Array<Counts & { key: string | null; nameZh: string }>;
}

const { as } = useSignedInPages('supervision-board', ['supervisor'] as const);

async function stats(by: string): Promise<Stats> {
  return okJson<Stats>(await as.supervisor.request.get(`/api/v1/cases/stats/lights?by=${by}`));
}

const count = async (light: string) => Number((await as.supervisor.getByTestId(`board-count-${light}`).innerText()).replace(/[^\d]/g, ''));

/**
 * Clicks along the first bar of the chart from the axis outwards until a segment answers with a
 * drill-down; the first segment met is the most urgent light the row has (overdue, then red).
 */
async function clickFirstBar(rows: number): Promise<void> {
  const chart = as.supervisor.getByRole('img', { name: /亮灯分布堆叠条形图/ });
  const box = await chart.boundingBox();
  if (!box) throw new Error('no chart box');
  // grid top 32 px, legend above; x-axis labels take about 24 px at the bottom.
  const band = (box.height - 32 - 8 - 24) / rows;
  const y = box.y + 32 + band / 2;
  for (let x = box.x + 40; x < box.x + box.width - 10; x += 8) {
    await as.supervisor.mouse.click(x, y);
    if (as.supervisor.url().includes('/supervision/efficiency')) return;
  }
  throw new Error('no bar segment answered a click');
}

describe('supervision live board', () => {
  it('shows the lights, cuts by region, drills down to the matching cases and opens one with its timeline', async () => {
    // 1. The board is the supervision workbench's first section.
    await as.supervisor.goto('/supervision');
    const nav = as.supervisor.getByRole('navigation');
    await nav.getByText('电子监察看板', { exact: true }).first().waitFor();
    const menu = (await nav.first().innerText()).split('\n').map((s) => s.trim());
    expect(menu.indexOf('电子监察看板')).toBeGreaterThanOrEqual(0);
    expect(menu.indexOf('电子监察看板')).toBeLessThan(menu.indexOf('效能监察'));
    await nav.getByText('电子监察看板', { exact: true }).first().click();
    await as.supervisor.waitForURL('**/supervision/board');
    await as.supervisor.getByRole('heading', { level: 1, name: '电子监察看板' }).waitFor();
    await as.supervisor.getByTestId('board-count-red').waitFor();
    await as.supervisor.getByText(/更新于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/).waitFor();

    const byDepartment = await stats('department');
    expect(byDepartment.total.red).toBeGreaterThan(0);
    expect(byDepartment.total.overdue).toBeGreaterThan(0);
    for (const light of ['green', 'yellow', 'red', 'overdue'] as const) expect(await count(light), light).toBe(byDepartment.total[light]);
    await as.supervisor.getByRole('heading', { level: 2, name: '各部门亮灯分布' }).waitFor();
    // The chart's figures for assistive technology: a hidden table with a row per department.
    await as.supervisor.locator('table.tb-visually-hidden tbody tr').first().waitFor({ state: 'attached' });
    await expectAccessible(as.supervisor, 'live board');
    await screenshot(as.supervisor, 'supervision-board');

    // 2. 按区域: the bars are the regions, most red and overdue first.
    await Promise.all([
      as.supervisor.waitForResponse((r) => r.url().includes('/api/v1/cases/stats/lights?by=region') && r.status() === 200),
      as.supervisor.getByText('按区域', { exact: true }).click(),
    ]);
    await as.supervisor.getByRole('heading', { level: 2, name: '各区域亮灯分布' }).waitFor();
    const byRegion = await stats('region');
    const first = byRegion.rows[0];
    expect(first.red + first.overdue).toBeGreaterThan(0);
    const hidden = as.supervisor.locator('table.tb-visually-hidden tbody tr');
    await expect.poll(() => hidden.first().locator('th').innerText()).toBe(first.nameZh);
    await expectAccessible(as.supervisor, 'live board by region');
    await screenshot(as.supervisor, 'supervision-board-region');

    // 3. A click on the first region's bar opens its cases with that light.
    await clickFirstBar(Math.min(15, byRegion.rows.length));
    const url = new URL(as.supervisor.url());
    expect(url.searchParams.get('region')).toBe(first.key);
    const light = url.searchParams.get('light') as keyof Counts;
    expect(first.overdue > 0 ? 'overdue' : 'red').toBe(light);
    await as.supervisor.getByRole('alert').getByText(`区域：${first.nameZh}`).waitFor();
    const rows = as.supervisor.locator('.tb-case-table .ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(Math.min(20, first[light]));
    expect(await as.supervisor.locator(`.tb-case-table .ant-table-tbody tr.ant-table-row .tb-light--${light}`).count()).toBe(Math.min(20, first[light]));
    // Off the table: a hovered row is not what axe should measure.
    await as.supervisor.mouse.move(0, 0);
    await expectAccessible(as.supervisor, 'efficiency as.supervisor after a drill-down');
    await screenshot(as.supervisor, 'supervision-board-drilldown');

    // 4. The case opens with its timeline.
    const caseNo = await rows.first().locator('a').first().innerText();
    await rows.first().locator('a').first().click();
    await as.supervisor.waitForURL('**/supervision/cases/**');
    await as.supervisor.getByText(caseNo).first().waitFor();
    await as.supervisor.getByRole('heading', { level: 2, name: '办理过程' }).waitFor();
    expect(await as.supervisor.locator('.tb-timeline .tb-timeline-item').count()).toBeGreaterThan(1);
    await as.supervisor.locator('.tb-timeline').getByText('受理', { exact: true }).first().waitFor();
    await screenshot(as.supervisor, 'supervision-board-case');
  }, 240_000);

  it('减材料与秒批: the figures and the demo’s 秒批 decisions, one opened with its evidence per rule', async () => {
    const page = as.supervisor;
    await page.goto('/supervision/savings');
    await page.getByRole('heading', { level: 1, name: '减材料与秒批' }).waitFor();
    const decisions = page.getByRole('table', { name: '秒批决定' });
    // The demo: a housing-fund certificate and a pre-packaged food filing approved, a tax certificate handed to staff.
    await decisions.getByText('秒批通过').first().waitFor();
    await decisions.getByText('转人工办理').first().waitFor();
    const declined = decisions.getByRole('row').filter({ hasText: '开具税收完税证明' });
    await declined.getByText(/无法通过共享数据核验/).waitFor();
    await declined.getByRole('button').first().click();
    await page.getByRole('list', { name: '核验依据' }).getByText('无法核验').first().waitFor();
    await page.getByRole('table', { name: '减材料与秒批' }).waitFor();
    await expectAccessible(page, 'savings page');
    await screenshot(page, 'supervision-savings');
  }, 180_000);
});
