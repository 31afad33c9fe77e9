import { isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { toShanghaiDate } from '../../src/shared/dates';
import { chooseOption, expectAccessible, screenshot, useSignedInPages } from './harness';

/**
 * Queue tickets and window calling in the browser (issue 15, docs/decisions.md D29). The server runs
 * on a training clock set to 17:40 of the next working day (TONGBAN_CLOCK_START), so the evening
 * (延时) session is open whatever time the suite runs: an enterprise books an evening slot, checks in
 * at the kiosk with the code, is called first on the hall screen, and the clerk's intake opens for
 * their appointment. A person takes
 * a ticket for the comprehensive windows at the city hall's kiosk (no sign-in, no keyboard); the
 * window clerk at 综合受理窗口01 calls until that number comes up, the hall screen shows it with its
 * window as it happens, and the clerk opens the intake page for the person with one click. A kiosk
 * left alone warns and then wipes what was typed.
 */

const PLACE = '150200-CH-01';
const FOOD = '000101019000';
const FOOD_NAME = '食品经营许可证核发';

/** 17:40 in Baotou on the next Monday–Friday that is a working day. */
function nextWorkingEvening(): string {
  for (let i = 1; i < 30; i++) {
    const day = toShanghaiDate(new Date(Date.now() + i * 86_400_000));
    const weekday = new Date(`${day}T12:00:00+08:00`).getUTCDay();
    if (weekday >= 1 && weekday <= 5 && isWorkday(day)) return `${day}T17:40:00+08:00`;
  }
  throw new Error('no working day within 30 days');
}

const { as, openAnonymous } = useSignedInPages<'clerk' | 'enterprise'>('queue', ['clerk', 'enterprise'], {
  env: { TONGBAN_CLOCK_START: nextWorkingEvening() },
});

describe('queue tickets and window calling', () => {
  it(
    'books an evening slot, checks in at the kiosk, is called first on the hall screen, and the clerk opens the appointment',
    { timeout: 180_000 },
    async () => {
      const screen = (await openAnonymous()).page;
      await screen.goto(`/hall/${PLACE}`);
      await screen.getByRole('status').getByText('实时').waitFor();

      // The evening slot, booked from the item's guide.
      const applicant = as.enterprise;
      await applicant.goto(`/items/${FOOD}`);
      await applicant.getByRole('link', { name: '预约到厅办理' }).click();
      await applicant.getByRole('heading', { level: 1, name: `预约办理：${FOOD_NAME}` }).waitFor();
      await applicant.getByRole('radio', { name: /包头市政务服务中心/ }).check();
      const evening = applicant.locator('.tb-slot-session', { hasText: '晚间延时服务' }).first();
      const slot = evening.locator('.ant-radio-button-wrapper:not(.ant-radio-button-wrapper-disabled)').first();
      await slot.click();
      await applicant.getByRole('button', { name: '确认预约' }).click();
      const done = applicant.getByTestId('appointment-booked');
      await done.getByText('晚间延时服务').waitFor();
      const code = (await done.locator('.tb-booked-code').innerText()).trim();

      // At the hall: the kiosk checks the appointment in by its code alone and gives a priority ticket.
      const kiosk = (await openAnonymous()).page;
      await kiosk.goto(`/kiosk/${PLACE}`);
      await kiosk.getByRole('button', { name: /预约签到/ }).click();
      const keypad = kiosk.getByRole('group', { name: '屏幕键盘' });
      for (const k of code) await keypad.getByRole('button', { name: k, exact: true }).click();
      await kiosk.getByRole('button', { name: '签到', exact: true }).click();
      const slip = kiosk.getByTestId('ticket-slip');
      await slip.getByText('预约优先').waitFor();
      const number = (await slip.locator('.tb-ticket-number').innerText()).trim();
      await screenshot(kiosk, 'queue-kiosk-checked-in');

      // The clerk at 综合受理窗口01 calls: the checked-in appointment comes first.
      const clerk = as.clerk;
      await clerk.goto('/window/calling');
      await chooseOption(clerk, '窗口', '综合受理窗口01');
      const panel = clerk.getByTestId('calling-panel');
      await panel.getByRole('button', { name: '叫下一位' }).click();
      await expect
        .poll(() =>
          panel
            .locator('.tb-calling-number')
            .innerText()
            .catch(() => ''),
        )
        .toBe(number);
      await panel.getByText('预约优先').waitFor();
      await expect.poll(() => screen.getByTestId('hall-current').innerText()).toContain(number);
      await expect.poll(() => screen.getByTestId('hall-current').innerText()).toContain('综合受理窗口01');
      await screenshot(screen, 'queue-hall-appointment');

      // One click opens the intake for the appointment: the item chosen, whose booking it is.
      await panel.getByRole('button', { name: `为 ${number} 办理预约事项` }).click();
      await clerk.waitForURL((url) => url.pathname === '/window/intake' && url.searchParams.has('appointment'));
      await clerk.getByText(/预约办理：.*已签到/).waitFor();
      await clerk.getByText(`${FOOD_NAME} (${FOOD})`).waitFor();
      await expectAccessible(clerk, 'intake for an appointment');
      await screenshot(clerk, 'queue-intake-appointment');
      // Serving the next person finishes this one.
      await clerk.goto('/window/calling');
      await panel.getByRole('button', { name: '叫下一位' }).click();
      await expect
        .poll(() =>
          panel
            .locator('.tb-calling-number')
            .innerText()
            .catch(() => ''),
        )
        .not.toBe(number);
    },
  );

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
    // The browser's clock, run forward instead of waiting (the server's is untouched).
    await kiosk.clock.install();
    await kiosk.goto(`/kiosk/${PLACE}?idle=30`);
    await kiosk.getByRole('button', { name: /预约签到/ }).click();
    for (const k of ['K', '7', 'M']) await kiosk.getByRole('group', { name: '屏幕键盘' }).getByRole('button', { name: k, exact: true }).click();
    await expect.poll(() => kiosk.getByTestId('kiosk-typed').innerText()).toBe('K7M···');
    await kiosk.clock.runFor(20_000);
    expect(await kiosk.getByRole('dialog').count()).toBe(0);
    await kiosk.clock.runFor(12_000);
    await kiosk
      .getByRole('dialog')
      .getByText(/秒后将清除本次输入并回到首页/)
      .waitFor();
    await screenshot(kiosk, 'queue-kiosk-idle');
    await kiosk.clock.runFor(11_000);
    await kiosk.getByRole('button', { name: /预约签到/ }).waitFor();
    await expect.poll(() => kiosk.getByTestId('kiosk-typed').count()).toBe(0);
    // Starting again shows an empty code.
    await kiosk.getByRole('button', { name: /预约签到/ }).click();
    await expect.poll(() => kiosk.getByTestId('kiosk-typed').innerText()).toBe('······');
  });
});
