import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiOf, expectAccessible, pdf, screenshot, useSignedInPages } from './harness';

/**
 * The signed-in person's services at the 24-hour kiosk (issue 15, docs/decisions.md D32): signed in
 * by the demo card reader, the citizen applies for 居民身份证补领 through 办理事项 with the form
 * filled for them (智能填单), submits, and prints the notice at the kiosk's printer (a PDF in the
 * kiosk's hot folder); once a clerk accepts it the fee is owed, and the citizen pays it from 我的办件
 * through the gateway's cashier, which brings them back to the kiosk. Left alone halfway through an
 * application, the kiosk wipes it with the session.
 */

const PLACE = '150200-CH-01';
const ITEM = '居民身份证补领';
/** Its code; its materials are M01 居民户口簿 and M02 照片. */
const ITEM_CODE = '000207008000';

type Account = 'admin' | 'citizen' | 'clerk';
const { as, openAnonymous, server } = useSignedInPages<Account>('kiosk-services', ['admin', 'citizen', 'clerk'], {
  env: { TONGBAN_KIOSK_CARD_READER: 'local' },
});

/** A kiosk of the city hall, enrolled, with the demo citizen signed in by the demo card; `idle` seconds before the wipe. */
async function kioskSignedIn(name: string, idle: number, before?: (page: Page) => Promise<void>): Promise<{ page: Page; kioskId: string }> {
  const { id, enrolCode } = await (await apiOf(as.admin)).post<{ id: string; enrolCode: string }>('/api/v1/kiosks', { placeCode: PLACE, name });
  const page = (await openAnonymous()).page;
  await before?.(page);
  await page.goto(`/kiosk/${PLACE}?enrol=${enrolCode}&idle=${idle}`);
  await page.getByText(`本机已登记为“${name}”`).waitFor();
  await page.getByRole('button', { name: /身份登录/ }).click();
  await page.getByRole('button', { name: '将 王晓明 的身份证放到读卡区' }).click();
  await page.getByTestId('kiosk-person').getByText('您好，王*明').waitFor();
  return { page, kioskId: id };
}

async function chooseItem(kiosk: Page, shot?: string): Promise<void> {
  await kiosk.getByRole('button', { name: /办理事项/ }).click();
  await kiosk.getByRole('heading', { level: 2, name: '请选择要办理的事项' }).waitFor();
  await kiosk.getByTestId('kiosk-items').getByRole('button').first().waitFor();
  if (shot) await screenshot(kiosk, shot);
  await kiosk.getByRole('textbox', { name: '输入事项名称查找' }).fill('身份证补领');
  await kiosk
    .getByTestId('kiosk-items')
    .getByRole('button', { name: new RegExp(ITEM) })
    .click();
  await kiosk.getByRole('heading', { level: 2, name: `办理：${ITEM}` }).waitFor();
}

describe('the signed-in person’s services at the kiosk', () => {
  it('applies with the form filled in, prints the notice, and pays the fee through the cashier', { timeout: 300_000 }, async () => {
    const { page: kiosk, kioskId } = await kioskSignedIn('一楼大厅 3 号机', 600);
    await screenshot(kiosk, 'kiosk-services-home');
    await chooseItem(kiosk, 'kiosk-services-items');

    // 智能填单: the applicant's name comes from the account.
    const name = kiosk.getByLabel('申请人姓名');
    await expect.poll(() => name.inputValue()).toBe('王晓明');
    await expectAccessible(kiosk, 'kiosk application');
    await screenshot(kiosk, 'kiosk-services-apply');
    await kiosk.getByRole('button', { name: '保存并继续' }).click();

    // Materials: what is not fetched for the citizen is uploaded (a kiosk's document camera gives a file the same way).
    const offers = await (await apiOf(as.citizen)).get<{ items: Array<{ materialCode: string }> }>(`/api/v1/cases/material-offers?itemCode=${ITEM_CODE}`);
    for (const m of ['M01', 'M02'].map((n) => `${ITEM_CODE}${n}`).filter((code) => !offers.items.some((o) => o.materialCode === code))) {
      const slot = kiosk.locator(`[data-material="${m}"]`);
      await slot.locator('input[type=file]').setInputFiles(pdf(`${m}.pdf`));
      await slot.getByText('已提交 1 份').waitFor();
    }
    await kiosk.getByRole('button', { name: '保存并继续' }).click();
    // 领取方式: at the window (the item also offers express and the e-licence).
    await kiosk.getByRole('radio', { name: /到窗口领取/ }).check();
    await kiosk.getByRole('button', { name: '保存并继续' }).click();
    await kiosk.getByTestId('declaration').click();
    await screenshot(kiosk, 'kiosk-services-check');
    await kiosk.getByRole('button', { name: '提交申请' }).click();
    const confirmation = kiosk.getByTestId('apply-confirmation');
    const caseNo = (await confirmation.getByTestId('case-no').innerText()).trim();
    expect(caseNo).not.toBe('');

    await confirmation.getByRole('button', { name: '打印告知书' }).click();
    await confirmation.getByText(/^已发送到打印机：.+，请在出纸口取件$/).waitFor();
    const spool = path.join(server().dataDir, 'print-spool', kioskId);
    expect(readdirSync(spool).filter((f) => f.endsWith('.pdf'))).toHaveLength(1);
    await expectAccessible(kiosk, 'kiosk application submitted');
    await screenshot(kiosk, 'kiosk-services-submitted');

    // The clerk accepts it: the fee is owed.
    const citizenApi = await apiOf(as.citizen);
    const mine = await citizenApi.get<{ items: Array<{ id: string; caseNo: string | null; channel: string }> }>('/api/v1/cases?pageSize=20');
    const applied = mine.items.find((c) => c.caseNo === caseNo)!;
    expect(applied.channel).toBe('kiosk');
    const clerkApi = await apiOf(as.clerk);
    const { version } = await clerkApi.get<{ version: number }>(`/api/v1/cases/${applied.id}`);
    await clerkApi.post(`/api/v1/cases/${applied.id}/actions/accept`, { version });

    await confirmation.getByRole('button', { name: '查看我的办件' }).click();
    const row = kiosk.getByTestId('kiosk-cases').getByRole('listitem').filter({ hasText: caseNo });
    const pay = row.getByRole('button', { name: /^缴费 ¥\d+\.\d{2}/ });
    await pay.waitFor();
    await expectAccessible(kiosk, 'kiosk my cases with a fee');
    await screenshot(kiosk, 'kiosk-services-mine');
    await pay.click();
    const card = kiosk.getByTestId('case-payment');
    await card.getByText('居民身份证工本费').waitFor();
    const amount = (await card.locator('.tb-payment-total strong').innerText()).trim();
    await screenshot(kiosk, 'kiosk-services-pay');
    await card.getByRole('button', { name: `在线缴费 ${amount}` }).click();

    await kiosk.waitForURL((url) => url.pathname.startsWith('/pay/local/'));
    const cashier = kiosk.getByTestId('cashier');
    await cashier.getByRole('button', { name: `确认支付 ${amount}` }).click();
    await cashier.getByText(/支付成功/).waitFor();
    await cashier.getByRole('link', { name: '返回办件页' }).click();

    // Back at the kiosk, still signed in, on the fee: paid once the gateway's notification arrived.
    await kiosk.waitForURL((url) => url.pathname === `/kiosk/${PLACE}` && !url.searchParams.has('pay'));
    expect(new URL(kiosk.url()).searchParams.get('idle')).toBe('600');
    await kiosk.getByTestId('kiosk-person').getByText('您好，王*明').waitFor();
    await card.getByText('已缴费', { exact: true }).waitFor({ timeout: 60_000 });
    expect((await card.getByTestId('payment-receipt').locator('.tb-mono').innerText()).trim()).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    await expectAccessible(kiosk, 'kiosk fee paid');
    await screenshot(kiosk, 'kiosk-services-paid');
    await kiosk.getByRole('button', { name: '返回我的办件' }).click();
    await row.getByText('已缴费', { exact: true }).waitFor();

    // The notice prints from 我的办件 too.
    await row.getByRole('button', { name: `打印告知书：${caseNo}` }).click();
    await row.getByText(/^已发送到打印机：/).waitFor();
    expect(readdirSync(spool).filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
  });

  it('left alone halfway through an application, wipes it with the session', { timeout: 120_000 }, async () => {
    const { page: kiosk } = await kioskSignedIn('一楼大厅 4 号机', 30, (page) => page.clock.install());
    await chooseItem(kiosk);
    const mobile = kiosk.getByLabel('联系电话');
    await mobile.fill('13900001111');
    expect(new URL(kiosk.url()).searchParams.get('apply')).not.toBeNull();

    await kiosk.clock.runFor(32_000);
    await kiosk
      .getByRole('dialog')
      .getByText(/秒后将清除本次输入并回到首页/)
      .waitFor();
    await kiosk.clock.runFor(11_000);
    await kiosk.getByRole('button', { name: /身份登录/ }).waitFor();
    expect(await kiosk.getByTestId('kiosk-person').count()).toBe(0);
    expect(await kiosk.getByText('13900001111').count()).toBe(0);
    const left = new URL(kiosk.url()).searchParams;
    expect([...left.keys()]).toEqual(['idle']);
    await expect.poll(async () => (await kiosk.request.get('/api/v1/me')).status()).toBe(401);
  });
});
