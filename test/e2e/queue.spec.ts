import { describe, expect, it } from 'vitest';
import { chooseOption, expectAccessible, screenshot, useSignedInPages } from './harness';

/**
 * Queue tickets and window calling in the browser (issue 15, docs/decisions.md D29): a person takes
 * a ticket for the comprehensive windows at the city hall's kiosk (no sign-in, no keyboard); the
 * window clerk at 综合受理窗口01 calls until that number comes up, the hall screen shows it with its
 * window as it happens, and the clerk opens the intake page for the person with one click. A kiosk
 * left alone warns and then wipes what was typed.
 */

const PLACE = '150200-CH-01';
const { as, openAnonymous } = useSignedInPages<'clerk'>('queue', ['clerk']);

describe('queue tickets and window calling', () => {
  it('a kiosk ticket is called at a window, shows on the hall screen, and opens intake for the person', { timeout: 180_000 }, async () => {
    const screen = (await openAnonymous()).page;
    await screen.goto(`/hall/${PLACE}`);
    await screen.getByRole('status').getByText('实时').waitFor();
    await expectAccessible(screen, 'hall screen');

    const kiosk = (await openAnonymous()).page;
    await kiosk.goto(`/kiosk/${PLACE}`);
    await kiosk.getByRole('heading', { level: 1, name: /包头市政务服务中心 · 自助服务/ }).waitFor();
    await expectAccessible(kiosk, 'kiosk start');
    await kiosk.getByRole('button', { name: /取号/ }).click();
    await kiosk.getByRole('button', { name: /综合受理窗口/ }).click();
    await kiosk.getByRole('button', { name: '不用提醒，直接取号' }).click();
    const slip = kiosk.getByTestId('ticket-slip');
    await slip.waitFor();
    const number = (await slip.locator('.tb-ticket-number').innerText()).trim();
    expect(number).toMatch(/^A\d{3}$/);
    await slip.getByText(/前面还有 \d+ 人|下一位就是您/).waitFor();
    await slip.getByRole('img', { name: '扫码查看排队进度' }).waitFor();
    await expectAccessible(kiosk, 'kiosk ticket');
    await screenshot(kiosk, 'queue-kiosk-ticket');

    const clerk = as.clerk;
    await clerk.goto('/window/calling');
    await clerk.getByRole('heading', { level: 1, name: '叫号' }).waitFor();
    await chooseOption(clerk, '窗口', '综合受理窗口01');
    const panel = clerk.getByTestId('calling-panel');
    await panel.waitFor();
    await expectAccessible(clerk, 'calling panel');
    // The demo line and earlier tickets wait before ours: call until ours comes up.
    for (
      let i = 0;
      i < 60 &&
      (await panel
        .locator('.tb-calling-number')
        .innerText()
        .catch(() => '')) !== number;
      i++
    ) {
      await panel.getByRole('button', { name: '叫下一位' }).click();
      await expect.poll(async () => (await clerk.locator('.ant-btn-loading').count()) === 0).toBe(true);
    }
    await expect.poll(() => panel.locator('.tb-calling-number').innerText()).toBe(number);
    await expect.poll(() => screen.getByTestId('hall-current').innerText()).toContain(number);
    await expect.poll(() => screen.getByTestId('hall-current').innerText()).toContain('综合受理窗口01');
    await screenshot(screen, 'queue-hall-screen');
    await screenshot(clerk, 'queue-calling');
    await panel.getByRole('button', { name: `为 ${number} 受理` }).click();
    await clerk.waitForURL((url) => url.pathname === '/window/intake');
    await clerk.getByRole('heading', { level: 1 }).waitFor();
  });

  it('a kiosk left alone warns, then wipes what was typed back to the start', { timeout: 60_000 }, async () => {
    const kiosk = (await openAnonymous()).page;
    await kiosk.goto(`/kiosk/${PLACE}?idle=15`);
    await kiosk.getByRole('button', { name: /预约签到/ }).click();
    for (const k of ['K', '7', 'M']) await kiosk.getByRole('group', { name: '屏幕键盘' }).getByRole('button', { name: k, exact: true }).click();
    await expect.poll(() => kiosk.getByTestId('kiosk-typed').innerText()).toBe('K7M···');
    await kiosk
      .getByRole('dialog')
      .getByText(/秒后将清除本次输入并回到首页/)
      .waitFor({ timeout: 25_000 });
    await screenshot(kiosk, 'queue-kiosk-idle');
    await kiosk.getByRole('button', { name: /预约签到/ }).waitFor({ timeout: 15_000 });
    await expect.poll(() => kiosk.getByTestId('kiosk-typed').count()).toBe(0);
    // Starting again shows an empty code.
    await kiosk.getByRole('button', { name: /预约签到/ }).click();
    await expect.poll(() => kiosk.getByTestId('kiosk-typed').innerText()).toBe('······');
  });
});
