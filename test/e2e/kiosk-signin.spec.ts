import { describe, expect, it } from 'vitest';
import { apiOf, chooseOption, expectAccessible, screenshot, useSignedInPages } from './harness';

/**
 * Signing in at the 24-hour kiosk (issue 15, docs/decisions.md D32). An admin enrols a kiosk of the
 * city hall on /admin/kiosks and opens the enrolment address on the kiosk machine; the kiosk signs
 * the demo citizen in by the demo card reader, shows 我的办件, and left alone wipes the screen and
 * ends the session on the server. A second kiosk signs the citizen in by a QR confirmed on their
 * phone (another browser context, signed in), and 退出 ends that session too.
 */

const PLACE = '150200-CH-01';
const HALL = '包头市政务服务中心';

const { as, openAnonymous } = useSignedInPages<'admin' | 'citizen'>('kiosk-signin', ['admin', 'citizen'], {
  env: { TONGBAN_KIOSK_CARD_READER: 'local' },
});

describe('signing in at the kiosk', () => {
  it('an admin enrols a kiosk; it signs the citizen in by the demo card reader, and the idle wipe ends the session', { timeout: 180_000 }, async () => {
    const admin = as.admin;
    await admin.goto('/admin/kiosks');
    await admin.getByRole('heading', { level: 1, name: '自助终端' }).waitFor();
    await chooseOption(admin, '大厅', HALL, { type: true });
    await admin.getByLabel('终端名称').fill('一楼大厅 1 号机');
    await admin.getByRole('button', { name: '登记终端' }).click();
    const shown = admin.getByTestId('kiosk-enrol-code');
    await shown.waitFor();
    const address = (await shown.getByText(/\/kiosk\/.*\?enrol=/).innerText()).trim();
    await admin.getByRole('cell', { name: '一楼大厅 1 号机', exact: true }).waitFor();
    await expectAccessible(admin, 'kiosks admin');
    await screenshot(admin, 'kiosk-admin');

    const kiosk = (await openAnonymous()).page;
    // The browser's clock, run forward for the idle wipe instead of waiting (the server's is untouched).
    await kiosk.clock.install();
    await kiosk.goto(`${new URL(address).pathname}${new URL(address).search}&idle=30`);
    await kiosk.getByText('本机已登记为“一楼大厅 1 号机”').waitFor();
    expect(new URL(kiosk.url()).searchParams.has('enrol')).toBe(false);
    await kiosk.getByRole('button', { name: /身份登录/ }).click();
    const reader = kiosk.getByRole('complementary', { name: '演示读卡器 / demo card reader' });
    await reader.getByText('王晓明').waitFor();
    await kiosk.getByTestId('kiosk-qr').waitFor();
    await expectAccessible(kiosk, 'kiosk sign-in');
    await screenshot(kiosk, 'kiosk-signin');

    await reader.getByRole('button', { name: '将 王晓明 的身份证放到读卡区' }).click();
    await kiosk.getByTestId('kiosk-person').getByText('您好，王*明').waitFor();
    await kiosk.getByRole('button', { name: /我的办件/ }).click();
    await kiosk.getByTestId('kiosk-cases').getByRole('listitem').first().waitFor();
    await expectAccessible(kiosk, 'kiosk my cases');
    await screenshot(kiosk, 'kiosk-my-cases');
    expect((await kiosk.request.get('/api/v1/me')).status()).toBe(200);

    // Left alone: the warning, then the wipe signs out on the server.
    await kiosk.clock.runFor(32_000);
    await kiosk
      .getByRole('dialog')
      .getByText(/秒后将清除本次输入并回到首页/)
      .waitFor();
    await kiosk.clock.runFor(11_000);
    await kiosk.getByRole('button', { name: /身份登录/ }).waitFor();
    expect(await kiosk.getByTestId('kiosk-person').count()).toBe(0);
    await expect.poll(async () => (await kiosk.request.get('/api/v1/me')).status()).toBe(401);
    await screenshot(kiosk, 'kiosk-wiped');
  });

  it('signs in by a QR confirmed on the phone, and 退出 ends the session', { timeout: 120_000 }, async () => {
    const { enrolCode } = await (await apiOf(as.admin)).post<{ enrolCode: string }>('/api/v1/kiosks', { placeCode: PLACE, name: '二号机' });
    const kiosk = (await openAnonymous()).page;
    await kiosk.goto(`/kiosk/${PLACE}?enrol=${enrolCode}`);
    await kiosk.getByText('本机已登记为“二号机”').waitFor();
    await kiosk.getByRole('button', { name: /身份登录/ }).click();
    const qr = kiosk.getByTestId('kiosk-qr');
    await qr.waitFor();
    const challenge = await qr.getAttribute('data-challenge');

    const phone = as.citizen;
    await phone.setViewportSize({ width: 390, height: 800 });
    await phone.goto(`/m/kiosk-sign-in/${challenge}`);
    await phone.getByText(`在 ${HALL} 的自助终端“二号机”登录？`).waitFor();
    await expectAccessible(phone, 'phone confirms kiosk sign-in');
    await screenshot(phone, 'kiosk-phone-confirm');
    await phone.getByRole('button', { name: '确认登录' }).click();
    await phone.getByText('已确认，请在自助终端上继续办理').waitFor();

    await kiosk.getByTestId('kiosk-person').getByText('您好，王*明').waitFor();
    await kiosk.getByRole('button', { name: /我的办件/ }).waitFor();
    await screenshot(kiosk, 'kiosk-qr-signed-in');
    await kiosk.getByRole('button', { name: '退出' }).click();
    await kiosk.getByRole('button', { name: /身份登录/ }).waitFor();
    await expect.poll(async () => (await kiosk.request.get('/api/v1/me')).status()).toBe(401);
    // The phone's own session is not the kiosk's.
    expect((await phone.request.get('/api/v1/me')).status()).toBe(200);
  });
});
