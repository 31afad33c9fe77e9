import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, screenshot, signIn, startServer, type TestPage, type TestServer } from './harness';

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

let server: TestServer;
let browser: Browser;
let tp: TestPage;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  tp = await openPage(browser, server.baseUrl);
  page = tp.page;
  await signIn(page, 'supervisor');
});

afterAll(async () => {
  const offSite = tp?.offSiteRequests ?? [];
  await tp?.context.close();
  await browser?.close();
  await server?.stop();
  expect(offSite).toEqual([]);
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await screenshot(page, 'supervision-board-failed').catch(() => undefined);
});

async function stats(by: string): Promise<Stats> {
  const r = await page.request.get(`/api/v1/cases/stats/lights?by=${by}`);
  expect(r.status()).toBe(200);
  return (await r.json()) as Stats;
}

const count = async (light: string) => Number((await page.getByTestId(`board-count-${light}`).innerText()).replace(/[^\d]/g, ''));

/**
 * Clicks along the first bar of the chart from the axis outwards until a segment answers with a
 * drill-down; the first segment met is the most urgent light the row has (overdue, then red).
 */
async function clickFirstBar(rows: number): Promise<void> {
  const chart = page.getByRole('img', { name: /亮灯分布堆叠条形图/ });
  const box = await chart.boundingBox();
  if (!box) throw new Error('no chart box');
  // grid top 32 px, legend above; x-axis labels take about 24 px at the bottom.
  const band = (box.height - 32 - 8 - 24) / rows;
  const y = box.y + 32 + band / 2;
  for (let x = box.x + 40; x < box.x + box.width - 10; x += 8) {
    await page.mouse.click(x, y);
    if (page.url().includes('/supervision/efficiency')) return;
  }
  throw new Error('no bar segment answered a click');
}

describe('supervision live board', () => {
  it('shows the lights, cuts by region, drills down to the matching cases and opens one with its timeline', async () => {
    // 1. The board is the supervision workbench's first section.
    await page.goto('/supervision');
    const nav = page.getByRole('navigation');
    await nav.getByText('电子监察看板', { exact: true }).first().waitFor();
    const menu = (await nav.first().innerText()).split('\n').map((s) => s.trim());
    expect(menu.indexOf('电子监察看板')).toBeGreaterThanOrEqual(0);
    expect(menu.indexOf('电子监察看板')).toBeLessThan(menu.indexOf('效能监察'));
    await nav.getByText('电子监察看板', { exact: true }).first().click();
    await page.waitForURL('**/supervision/board');
    await page.getByRole('heading', { level: 1, name: '电子监察看板' }).waitFor();
    await page.getByTestId('board-count-red').waitFor();
    await page.getByText(/更新于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/).waitFor();

    const byDepartment = await stats('department');
    expect(byDepartment.total.red).toBeGreaterThan(0);
    expect(byDepartment.total.overdue).toBeGreaterThan(0);
    for (const light of ['green', 'yellow', 'red', 'overdue'] as const) expect(await count(light), light).toBe(byDepartment.total[light]);
    await page.getByRole('heading', { level: 2, name: '各部门亮灯分布' }).waitFor();
    // The chart's figures for assistive technology: a hidden table with a row per department.
    await page.locator('table.tb-visually-hidden tbody tr').first().waitFor({ state: 'attached' });
    await expectAccessible(page, 'live board');
    await screenshot(page, 'supervision-board');

    // 2. 按区域: the bars are the regions, most red and overdue first.
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/v1/cases/stats/lights?by=region') && r.status() === 200),
      page.getByText('按区域', { exact: true }).click(),
    ]);
    await page.getByRole('heading', { level: 2, name: '各区域亮灯分布' }).waitFor();
    const byRegion = await stats('region');
    const first = byRegion.rows[0];
    expect(first.red + first.overdue).toBeGreaterThan(0);
    const hidden = page.locator('table.tb-visually-hidden tbody tr');
    await expect.poll(() => hidden.first().locator('th').innerText()).toBe(first.nameZh);
    await expectAccessible(page, 'live board by region');
    await screenshot(page, 'supervision-board-region');

    // 3. A click on the first region's bar opens its cases with that light.
    await clickFirstBar(Math.min(15, byRegion.rows.length));
    const url = new URL(page.url());
    expect(url.searchParams.get('region')).toBe(first.key);
    const light = url.searchParams.get('light') as keyof Counts;
    expect(first.overdue > 0 ? 'overdue' : 'red').toBe(light);
    await page.getByRole('alert').getByText(`区域：${first.nameZh}`).waitFor();
    const rows = page.locator('.tb-case-table .ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(Math.min(20, first[light]));
    expect(await page.locator(`.tb-case-table .ant-table-tbody tr.ant-table-row .tb-light--${light}`).count()).toBe(Math.min(20, first[light]));
    // Off the table: a hovered row is not what axe should measure.
    await page.mouse.move(0, 0);
    await expectAccessible(page, 'efficiency page after a drill-down');
    await screenshot(page, 'supervision-board-drilldown');

    // 4. The case opens with its timeline.
    const caseNo = await rows.first().locator('a').first().innerText();
    await rows.first().locator('a').first().click();
    await page.waitForURL('**/supervision/cases/**');
    await page.getByText(caseNo).first().waitFor();
    await page.getByRole('heading', { level: 2, name: '办理过程' }).waitFor();
    expect(await page.locator('.tb-timeline .tb-timeline-item').count()).toBeGreaterThan(1);
    await page.locator('.tb-timeline').getByText('受理', { exact: true }).first().waitFor();
    await screenshot(page, 'supervision-board-case');
  }, 240_000);
});
