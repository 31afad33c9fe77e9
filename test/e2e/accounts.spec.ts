import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeResidentId } from '../../src/server/platform/ids/generate';
import { apiOf, expectAccessible, screenshot, useSignedInPages } from './harness';

/**
 * Accounts of their own (issue 13): a new person registers from the portal's header with an SMS
 * code and lands signed in in their portal, on a desktop and on a 390 × 844 phone. No SMS goes
 * out here: the local gateway records it, and the administrator's outbox (GET /api/v1/admin/sms)
 * is where the spec reads the code, as a tester would.
 */

const { as, openAnonymous } = useSignedInPages<'admin'>('accounts', ['admin']);

/** The code in the newest SMS to `mobile`, read from the outbox as the administrator; waits for it to be queued. */
async function codeSentTo(mobile: string): Promise<string> {
  const api = await apiOf(as.admin);
  for (let i = 0; i < 20; i++) {
    const page = await api.get<{ items: Array<{ body: string }> }>(`/api/v1/admin/sms?mobile=${mobile}&pageSize=5`);
    const code = /验证码为 (\d{6})/.exec(page.items[0]?.body ?? '')?.[1];
    if (code) return code;
    await as.admin.waitForTimeout(250);
  }
  throw new Error(`no code was sent to ${mobile}`);
}

async function register(page: Page, person: { name: string; idNumber: string; mobile: string }, shot: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: '注册账号' }).click();
  await page.getByRole('heading', { level: 1, name: '注册账号' }).waitFor();
  await page.getByLabel('姓名').fill(person.name);
  await page.getByLabel('身份证号').fill(person.idNumber);
  await page.getByLabel('手机号').fill(person.mobile);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await page.getByText(/验证码已发送至 \d{3}\*{4}\d{4}/).waitFor();
  // The button counts down to the next allowed send.
  await expect.poll(() => page.getByRole('button', { name: /秒后重新获取/ }).isDisabled()).toBe(true);
  await page.getByLabel('短信验证码').fill(await codeSentTo(person.mobile));
  await page.getByLabel('设置密码').fill('Spring2026ok');
  await page.getByLabel('确认密码').fill('Spring2026ok');
  await expectAccessible(page, `registration (${shot})`);
  await screenshot(page, `${shot}-filled`);
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/accounts/citizens') && r.status() === 200),
    page.getByRole('button', { name: '注册并登录' }).click(),
  ]);
  await page.waitForURL((url) => url.pathname.startsWith('/portal'));
  const me = await apiOf(page).then((api) => api.get<{ displayName: string; username: string; roles: string[] }>('/api/v1/me'));
  expect(me).toMatchObject({ displayName: person.name, username: person.mobile, roles: ['citizen'] });
  await screenshot(page, `${shot}-signed-in`);
}

describe('registration with an SMS code', () => {
  it('a new person registers on a desktop and lands signed in; a bad ID check digit is caught on the form', async () => {
    const { page } = await openAnonymous();
    await page.goto('/register');
    const id = makeResidentId('150203', '1992-06-15', 418);
    await page.getByLabel('身份证号').fill(id.slice(0, 17) + (id[17] === '1' ? '2' : '1'));
    await page.getByLabel('身份证号').blur();
    await page.getByText(/校验位错误/).waitFor();
    await register(page, { name: '韩梅梅', idNumber: id, mobile: '13612345001' }, 'accounts-register-desktop');
  });

  it('on a 390 × 844 phone the form fits the screen and the code field is usable', async () => {
    const { page } = await openAnonymous();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/register');
    const field = page.getByLabel('短信验证码');
    const button = page.getByRole('button', { name: '获取验证码' });
    const [f, b] = [await field.boundingBox(), await button.boundingBox()];
    expect(f && b && f.width >= 120 && b.x + b.width <= 390 && b.height >= 32).toBe(true);
    expect(await field.getAttribute('inputmode')).toBe('numeric');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await register(page, { name: '李雷', idNumber: makeResidentId('150204', '1988-11-02', 536), mobile: '13612345002' }, 'accounts-register-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('the sign-in page offers an SMS code tab and a forgotten-password link', async () => {
    const { page } = await openAnonymous();
    await page.goto('/login');
    await page.getByRole('tab', { name: '验证码登录' }).click();
    await page.getByLabel('手机号').fill('13947201234');
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByText(/验证码已发送至/).waitFor();
    await page.getByLabel('短信验证码').fill(await codeSentTo('13947201234'));
    await page.getByRole('tabpanel').getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/portal'));
    const other = await openAnonymous();
    await other.page.goto('/login');
    await other.page.getByRole('link', { name: '忘记密码？' }).click();
    await other.page.getByRole('heading', { level: 1, name: '找回密码' }).waitFor();
    await expectAccessible(other.page, 'password reset');
  });
});
