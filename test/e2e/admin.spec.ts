import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, screenshot, signIn, startServer, type TestServer } from './harness';

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
    await signIn(page, 'admin');
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
    await signIn(page, 'admin');
    await page.goto('/admin/audit');
    await page.getByRole('cell', { name: 'auth.login' }).first().waitFor();
    await page.getByRole('button', { name: '校验完整性' }).click();
    await page.getByText(/^完整：/).waitFor();
    await expectAccessible(page, 'admin audit');
    await screenshot(page, 'admin-audit');
    await page.goto('/admin/sms');
    await page.getByRole('heading', { name: '短信发件箱' }).waitFor();
    await expectAccessible(page, 'admin sms');
    await context.close();
  });
});
