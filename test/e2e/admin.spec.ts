import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, screenshot, signInByApi, startServer, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('admin platform pages', () => {
  it('marks a local holiday in the working-day calendar, and the public API counts it', async () => {
    const { page, context } = await openPage(browser, server.baseUrl);
    await signInByApi(page, 'admin');
    await page.goto('/admin/calendar');
    await page.getByRole('heading', { name: '工作日历' }).waitFor();
    await page.getByRole('spinbutton', { name: '年份' }).fill('2026');
    await page.getByRole('spinbutton', { name: '年份' }).press('Enter');
    // 2026-10-08 is an ordinary Thursday after the National Day holiday.
    await page.getByRole('button', { name: /^2026-10-08 工作日/ }).click();
    await page.getByRole('dialog').getByLabel('类型').click();
    await page.locator('.ant-select-item-option[title="节假日"]').click();
    await page.getByRole('dialog').getByLabel('名称（如：国庆节）').fill('地方假日');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('button', { name: /^2026-10-08 节假日 地方假日/ }).waitFor();
    await expectAccessible(page, 'admin calendar');
    await screenshot(page, 'admin-calendar');

    const r = await fetch(`${server.baseUrl}/api/v1/calendar/add-workdays?from=2026-09-30&days=3`);
    expect(await r.json()).toEqual({ date: '2026-10-12', published: true });
    await context.close();
  });

  it('verifies the audit chain and shows the sign-ins', async () => {
    const { page, context } = await openPage(browser, server.baseUrl);
    await signInByApi(page, 'admin');
    await page.goto('/admin/audit');
    await page.getByRole('cell', { name: '登录了系统' }).first().waitFor();
    await page.getByRole('button', { name: '校验完整性' }).click();
    await page.getByText(/^完整：/).waitFor();
    await expectAccessible(page, 'admin audit');
    await screenshot(page, 'admin-audit');
    await page.goto('/admin/sms');
    await page.getByRole('heading', { name: '短信发件箱' }).waitFor();
    await expectAccessible(page, 'admin sms');
    await context.close();
  });

  it('edits a 一件事 definition: a gap in the stages is refused with the problem named, a good edit is saved as the next version', async () => {
    const { page, context } = await openPage(browser, server.baseUrl);
    await signInByApi(page, 'admin');
    await page.goto('/admin/bundles');
    await page.getByRole('heading', { name: '“一件事”定义' }).waitFor();
    await page.getByRole('button', { name: '编辑“开办KTV”的定义' }).click();
    await page.getByRole('heading', { name: '编辑一件事：开办KTV' }).waitFor();
    await page.getByText('当前第 1 版').waitFor();
    await page.getByRole('spinbutton', { name: '整体承诺时限（工作日）' }).fill('4');
    const firstStage = page.getByRole('spinbutton', { name: '阶段' }).first();
    await firstStage.fill('3');
    await page.getByRole('button', { name: '保存为新版本' }).click();
    const problems = page.locator('#bundle-definition-problems');
    await problems.getByText(/定义有 \d+ 处问题/).waitFor();
    await problems.getByText('阶段须从 1 起连续编号').waitFor();
    await expectAccessible(page, 'admin bundle definition with problems');
    await screenshot(page, 'admin-bundle-problems');

    await firstStage.fill('1');
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await page.getByText('已保存为第 2 版').waitFor();
    await page.getByText('当前第 2 版').waitFor();
    const bundle = (await (await fetch(`${server.baseUrl}/api/v1/bundles/open-ktv`)).json()) as { definition: { version: number; promisedWorkdays: number } };
    expect(bundle.definition).toMatchObject({ version: 2, promisedWorkdays: 4 });
    await screenshot(page, 'admin-bundle-saved');
    await context.close();
  });
});
