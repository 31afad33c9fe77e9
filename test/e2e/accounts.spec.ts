import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeResidentId } from '../../src/server/platform/ids/generate';
import { apiOf, expectAccessible, pdf, screenshot, useSignedInPages } from './harness';

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
    await page.getByRole('heading', { level: 1, name: '注册账号' }).waitFor();
    const field = page.getByLabel('短信验证码');
    const button = page.getByRole('button', { name: '获取验证码' });
    const [f, b] = [await field.boundingBox(), await button.boundingBox()];
    expect(f && b && f.width >= 120 && b.x + b.width <= 390 && b.height >= 32).toBe(true);
    expect(await field.getAttribute('inputmode')).toBe('numeric');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await register(page, { name: '李雷', idNumber: makeResidentId('150204', '1988-11-02', 536), mobile: '13612345002' }, 'accounts-register-phone');
    // Measured once the portal has laid itself out for the phone (a frame during the switch may not have).
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
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

/**
 * Issue 13's whole way through, as a new person takes it: register with an SMS code, find the item
 * by a typo, apply in steps, check the answers, choose express delivery, read the plain-language
 * confirmation, and later find the case again from the top navigation — on a desktop and a phone.
 */
describe('a new person’s way through the portal', () => {
  const ITEM = '居民身份证补领';
  const walks = [
    { viewport: { width: 1366, height: 900 }, shot: 'journey-desktop', name: '赵春燕', id: makeResidentId('150207', '1979-03-08', 612), mobile: '13612345011' },
    { viewport: { width: 390, height: 844 }, shot: 'journey-phone', name: '高建军', id: makeResidentId('150203', '1965-10-21', 137), mobile: '13612345012' },
  ];
  for (const w of walks) {
    it(
      `registers, finds ${ITEM} by a typo, applies in steps with express delivery and finds the case again (${w.viewport.width} px)`,
      { timeout: 240_000 },
      async () => {
        const { page } = await openAnonymous();
        await page.setViewportSize(w.viewport);
        await register(page, { name: w.name, idNumber: w.id, mobile: w.mobile }, `${w.shot}-register`);

        // A typo: 身分证 for 身份证. The page offers what was meant.
        await page.goto('/');
        await page.getByLabel('搜索办事事项').fill('身分证补领');
        await page.getByLabel('搜索办事事项').press('Enter');
        await page.waitForURL((url) => url.pathname === '/search');
        await page.locator('.tb-search-hint').getByRole('link', { name: '身份证补领', exact: true }).click();
        await page.waitForURL((url) => url.searchParams.get('q') === '身份证补领');
        const results = page.locator('.tb-result');
        await expect.poll(async () => (await results.allTextContents()).slice(0, 3).some((text) => text.includes(ITEM))).toBe(true);
        await page.getByRole('link', { name: new RegExp(`^在线办理\\s*：${ITEM}$`) }).click();
        await page.getByRole('heading', { level: 1, name: `在线申请：${ITEM}` }).waitFor();

        // Step 1: who applies — the account answers it; nothing to type.
        await page.getByRole('heading', { name: /第 1 步（共 4 步）：申请人信息/ }).waitFor();
        await page.getByRole('button', { name: '保存并继续' }).click();
        await page.waitForURL((url) => url.searchParams.has('draft') && url.searchParams.get('step') === 'materials');
        // Step 2: the materials to upload (any the government already holds need none).
        const inputs = page.locator('[data-material] input[type=file]');
        await page.getByRole('heading', { name: /第 2 步（共 4 步）：申请材料/ }).waitFor();
        // The list shows once the page knows which materials need no upload (居民户口簿 here).
        await page.locator('[data-material]').getByText('无需上传').first().waitFor();
        for (let i = 0; i < (await inputs.count()); i++) await inputs.nth(i).setInputFiles(pdf(`材料${i + 1}.pdf`));
        await expect.poll(() => page.getByText('已提交 1 份').count()).toBe(await inputs.count());
        await page.getByRole('button', { name: '保存并继续' }).click();
        // Step 3: by post, to an address.
        await page.getByRole('heading', { name: /第 3 步（共 4 步）：领取方式/ }).waitFor();
        await page.getByRole('radio', { name: /邮寄到家/ }).check();
        await page.getByLabel('收件人', { exact: true }).fill(w.name);
        await page.getByLabel('收件人手机号').fill(w.mobile);
        await page.getByLabel('收件地址').fill('青山区幸福路 12 号 5 栋 2 单元 302');
        await expectAccessible(page, `delivery step (${w.shot})`);
        await screenshot(page, `${w.shot}-delivery`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w.viewport.width);
        await page.getByRole('button', { name: '保存并继续' }).click();
        // Step 4: check your answers, sign the declaration, submit.
        await page.getByRole('heading', { name: /第 4 步（共 4 步）：核对并提交/ }).waitFor();
        const check = page.getByTestId('check-answers');
        await check.getByText('邮寄到家').waitFor();
        await check.getByText('青山区幸福路 12 号 5 栋 2 单元 302').waitFor();
        await expectAccessible(page, `check your answers (${w.shot})`);
        await screenshot(page, `${w.shot}-check`);
        await page.getByTestId('declaration').check();
        await page.getByRole('button', { name: '提交申请' }).click();

        // The confirmation in plain words: the number, the promised date, what happens next.
        const done = page.getByTestId('apply-confirmation');
        const caseNo = (await done.getByTestId('case-no').textContent())?.trim() ?? '';
        expect(caseNo).toMatch(/^BT\d{6}-\d{8}-\d{6}$/);
        await done.getByText(/受理后 15 个工作日内办结。今天受理的话，我们承诺 \d{1,2}月\d{1,2}日星期. 前办结。/).waitFor();
        await done.getByText(`办结后，我们会把结果寄给${w.name}：青山区幸福路 12 号 5 栋 2 单元 302。`).waitFor();
        await expect(done.textContent()).resolves.not.toMatch(/四条线|亮灯|考核时限|会签/);
        await expectAccessible(page, `confirmation (${w.shot})`);
        await screenshot(page, `${w.shot}-confirmation`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w.viewport.width);

        // Later: from the portal's top navigation to the progress query.
        await page.goto('/');
        await page.getByRole('navigation', { name: '门户导航' }).getByRole('link', { name: '进度查询' }).click();
        await page.getByLabel('办件编号').fill(caseNo);
        await page.getByLabel('证件号码后四位').fill(w.id.slice(-4));
        await page.getByRole('button', { name: '查询' }).click();
        await page.locator('.tb-progress-result').getByText('已申请').waitFor();
        await page.locator('.tb-progress-result').getByText(ITEM).waitFor();
        await screenshot(page, `${w.shot}-progress`);
      },
    );
  }
});
