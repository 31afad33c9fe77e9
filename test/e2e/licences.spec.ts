import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usccCheckChar } from '../../src/shared/ids/uscc';
import { chineseCapitals } from '../../src/shared/payments/money';
import { apiOf, expectAccessible, screenshot, useSignedInPages, chooseOption } from './harness';

/**
 * E-licences in the browser (docs/decisions.md D17): a food permit is driven through the API to
 * delivery as an e-licence; the citizen finds it in 我的证照 drawn as a certificate with its seal
 * and QR code, and reaches it from the case page; anyone verifies its QR content on /verify —
 * valid, and invalid once one character is changed; the administrator makes a seal and revokes it;
 * the issuing department's approver suspends, resumes and renews a licence in 证照管理 (the
 * reviewer only reads), and /verify follows each change.
 */

/** 食品经营许可证核发: market regulation (the demo reviewer's and approver's department); its result is a licence. */
const FOOD = '000101019000';
/** The demo citizen's resident ID ends in these four characters. */
const CITIZEN_ID_TAIL = '1237';

type Account = 'citizen' | 'clerk' | 'dispatcher' | 'reviewer' | 'approver' | 'admin';
const { as, openAnonymous } = useSignedInPages<Account>('licences', ['citizen', 'clerk', 'dispatcher', 'reviewer', 'approver', 'admin']);

interface Delivery {
  mode: string;
  licenceNo?: string;
  licenceId?: string;
}

/** The food permit applied for, accepted, routed, reviewed, approved, completed and issued as an e-licence — all through the API. */
async function deliveredLicence(number: string): Promise<{ caseId: string; delivery: Delivery }> {
  const citizen = await apiOf(as.citizen);
  const materials = [];
  for (const m of ['M01', 'M02', 'M03', 'M04', 'M05']) materials.push({ materialCode: `${FOOD}${m}`, fileId: await citizen.upload(`${m}.pdf`) });
  const form = { entityName: '包头市青山区小满餐馆', uscc: '9144030071526726XG', businessAddress: '青山区幸福路 8 号', area: 60, mainBusiness: 'catering' };
  const { id } = await citizen.post<{ id: string }>('/api/v1/cases', { itemCode: FOOD, channel: 'web', form, materials });
  const act = async (account: Account, action: string, body: Record<string, unknown> = {}) => {
    const api = await apiOf(as[account]);
    const { version } = await api.get<{ version: number }>(`/api/v1/cases/${id}`);
    await api.post(`/api/v1/cases/${id}/actions/${action}`, { version, ...body });
  };
  await act('clerk', 'accept');
  await act('dispatcher', 'route');
  await act('reviewer', 'review', { opinion: '材料齐全，经营场所符合要求', recommendation: 'approve' });
  await act('approver', 'approve', { opinion: '准予许可', resultCode: number });
  await act('approver', 'complete');
  await act('clerk', 'issue', { mode: 'e_licence' });
  const detail = await citizen.get<{ delivery: Delivery }>(`/api/v1/cases/${id}`);
  return { caseId: id, delivery: detail.delivery };
}

/** An image that the browser loaded and drew (not a broken-image icon). */
async function expectDrawn(image: Locator): Promise<void> {
  await image.waitFor();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

describe('e-licences in the browser (D17)', () => {
  let licenceId = '';
  let caseId = '';
  const number = `JY115020300${String(Date.now()).slice(-5)}`;

  it('a case delivered as an e-licence is in the citizen’s 我的证照, drawn as a certificate with its seal and QR code', { timeout: 240_000 }, async () => {
    const made = await deliveredLicence(number);
    caseId = made.caseId;
    expect(made.delivery.mode).toBe('e_licence');
    expect(made.delivery.licenceNo).toMatch(/^1\.2\.156\.3005\.2\.000101019000\./);
    licenceId = made.delivery.licenceId ?? '';

    const citizen = as.citizen;
    // The case page shows the identifier and leads to the wallet entry.
    await citizen.goto(`/portal/me/cases/${caseId}`);
    await citizen.getByText(`电子证照标识：${made.delivery.licenceNo}`).waitFor();
    await citizen.getByRole('link', { name: '在我的证照中查看' }).click();
    await citizen.waitForURL((url) => url.pathname === '/portal/me/licences' && url.searchParams.get('id') === licenceId);
    const drawer = citizen.getByRole('dialog');
    await drawer.getByRole('heading', { level: 2, name: '食品经营许可证' }).waitFor();
    await drawer.getByRole('button', { name: '关闭', exact: true }).click();
    await drawer.waitFor({ state: 'hidden' });

    // The list, from the menu.
    await citizen.goto('/portal/me');
    await citizen.getByRole('navigation').getByRole('menuitem', { name: '我的证照' }).click();
    await citizen.getByRole('heading', { level: 1, name: '我的证照' }).waitFor();
    const row = citizen.getByRole('table', { name: '我的证照' }).getByRole('row', { name: new RegExp(number) });
    await row.getByText('食品经营许可证').waitFor();
    await row.getByText('市市场监管局').waitFor();
    await row.getByText('有效', { exact: true }).waitFor();
    await expectAccessible(citizen, 'wallet list');
    await screenshot(citizen, 'licences-wallet');

    await row.getByRole('button', { name: `查看证照：食品经营许可证 ${number}` }).click();
    await citizen
      .getByTestId('licence-identifier')
      .filter({ hasText: made.delivery.licenceNo ?? '' })
      .waitFor();
    const cert = citizen.locator('.tb-licence-cert');
    await expect(cert.locator('[data-field="number"]').textContent()).resolves.toBe(number);
    // The holder's ID number: only its last four characters show.
    await expect(cert.locator('[data-field="id"]').textContent()).resolves.toMatch(new RegExp(`^\\*{14}${CITIZEN_ID_TAIL}$`));
    await expectDrawn(cert.getByRole('img', { name: /市市场监管局电子印章/ }));
    await expectDrawn(citizen.getByRole('img', { name: `证照 ${number} 的核验二维码` }));
    await citizen.getByRole('button', { name: '复制二维码内容' }).waitFor();
    await citizen.getByRole('link', { name: '前往证照核验' }).waitFor();
    // The printable copy: a PDF for the holder, nobody else.
    const pdfLink = citizen.getByRole('link', { name: /打印版（PDF）/ });
    expect(await pdfLink.getAttribute('href')).toBe(`/api/v1/licenses/${licenceId}/pdf`);
    const pdf = await citizen.request.get(`/api/v1/licenses/${licenceId}/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await as.clerk.request.get(`/api/v1/licenses/${licenceId}/pdf`)).status()).toBe(403);
    await expectAccessible(citizen, 'wallet licence drawer');
    await screenshot(citizen, 'licences-certificate');

    // The same in English (the drawer covers the header: closed first, reopened in English).
    await citizen.keyboard.press('Escape');
    await citizen.getByRole('dialog').waitFor({ state: 'hidden' });
    await citizen.getByRole('button', { name: 'English' }).click();
    await citizen.getByRole('heading', { level: 1, name: 'My e-licences' }).waitFor();
    await citizen.getByRole('button', { name: `Open e-licence: 食品经营许可证 ${number}` }).click();
    await citizen.getByRole('button', { name: 'Copy the QR content' }).waitFor();
    await citizen.getByText('Licence identifier').waitFor();
    await expectAccessible(citizen, 'wallet licence drawer (en-US)');
    await screenshot(citizen, 'licences-certificate-en');
    await citizen.keyboard.press('Escape');
    await citizen.getByRole('dialog').waitFor({ state: 'hidden' });
    await citizen.getByRole('button', { name: '中文' }).click();
    await citizen.getByRole('heading', { level: 1, name: '我的证照' }).waitFor();
  });

  it('anyone verifies the QR content on /verify: valid, and invalid (tampered) with one character changed', { timeout: 180_000 }, async () => {
    // The payload, read through the API as the holder's phone would hold it.
    const { qr } = await (await apiOf(as.citizen)).get<{ qr: string }>(`/api/v1/licenses/${licenceId}`);
    expect(qr).toContain(number);

    const { page } = await openAnonymous();
    await page.goto('/');
    await page.getByRole('link', { name: /证照核验/ }).click();
    await page.waitForURL((url) => url.pathname === '/verify');
    await page.getByRole('heading', { level: 1, name: '电子证照核验' }).waitFor();
    const field = page.getByLabel('二维码内容或证照 JSON');
    const verify = page.locator('.tb-verify button[type=submit]');
    const verdict = page.locator('.tb-verdict');

    // Validation before anything is sent.
    await verify.click();
    await page.getByText('请粘贴二维码内容或证照 JSON').waitFor();
    await field.fill('not a licence');
    await verify.click();
    await page.getByText(/无法识别：二维码内容和证照 JSON/).waitFor();
    await expectAccessible(page, 'verify page with a validation message');

    await field.fill(qr);
    await verify.click();
    await verdict.getByRole('heading', { level: 2, name: '有效' }).waitFor();
    expect(await verdict.getAttribute('data-verdict')).toBe('valid');
    await verdict.getByText(number, { exact: true }).waitFor();
    await verdict.getByText('市市场监管局', { exact: true }).waitFor();
    await expectDrawn(verdict.getByRole('img', { name: /市市场监管局电子印章/ }));
    await expectAccessible(page, 'verify page: valid');
    await screenshot(page, 'licences-verify-valid');

    // One character of the signed text changed: the signature no longer matches.
    const last = number.slice(-1);
    const numberIn = (n: string) => `\\"number\\":\\"${n}\\"`;
    const tampered = qr.replace(numberIn(number), numberIn(number.slice(0, -1) + (last === '9' ? '8' : String(Number(last) + 1))));
    expect(tampered).not.toBe(qr);
    await field.fill(tampered);
    await verify.click();
    await verdict.getByRole('heading', { level: 2, name: '无效' }).waitFor();
    expect(await verdict.getAttribute('data-verdict')).toBe('tampered');
    await verdict.getByText('内容已被篡改：证照内容与电子印章的签名不符。').waitFor();
    await expectAccessible(page, 'verify page: tampered');
    await screenshot(page, 'licences-verify-tampered');

    // The server's answer to JSON that is not a licence.
    await field.fill('{"hello":"world"}');
    await verify.click();
    await page.getByRole('alert').filter({ hasText: '核验失败' }).filter({ hasText: '无法识别的证照数据' }).waitFor();
  });

  it('the administrator makes a seal with checked fields and revokes it with a reason', { timeout: 180_000 }, async () => {
    const admin = as.admin;
    await admin.goto('/admin');
    await admin.getByRole('navigation').getByRole('menuitem', { name: '电子印章' }).click();
    await admin.getByRole('heading', { level: 1, name: '电子印章' }).waitFor();
    const table = admin.getByRole('table', { name: '印章列表' });
    await table
      .getByRole('row', { name: /电子证照专用章/ })
      .first()
      .waitFor();
    await expectDrawn(table.getByRole('img').first());
    await expectAccessible(admin, 'seals page');
    await screenshot(admin, 'licences-seals');

    await admin.getByRole('button', { name: '制作印章' }).click();
    const dialog = admin.getByRole('dialog', { name: '制作电子印章' });
    await dialog.getByRole('button', { name: '制作', exact: true }).click();
    await dialog.getByText('请选择部门').waitFor();
    await dialog.getByText('请填写 18 位统一社会信用代码').waitFor();
    await dialog.getByText('请选择启用日期').waitFor();
    await dialog.getByText('制作单位为 2–60 个字').waitFor();
    await chooseOption(admin, '部门', '市政务服务局', { scope: dialog, type: true });
    const first17 = `11150200${String(Date.now()).slice(-9)}`;
    const uscc = first17 + usccCheckChar(first17);
    const wrong = first17 + (uscc.endsWith('0') ? '1' : '0');
    await dialog.getByLabel('统一社会信用代码').fill(wrong);
    await dialog.getByLabel('启用日期').fill('2026-01-01');
    await dialog.getByLabel('截止日期').fill('2025-12-31');
    await dialog.getByLabel('制作单位').fill('包头市公安局治安管理支队（印章备案）');
    await dialog.getByRole('button', { name: '制作', exact: true }).click();
    await dialog.getByText(/统一社会信用代码无效：校验位错误/).waitFor();
    await dialog.getByText('截止日期不能早于启用日期').waitFor();
    await expectAccessible(admin, 'make-seal dialog with field messages');
    await screenshot(admin, 'licences-seal-form');
    await dialog.getByLabel('统一社会信用代码').fill(uscc);
    await dialog.getByLabel('截止日期').fill('2030-12-31');
    await dialog.getByRole('button', { name: '制作', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await admin.getByText(/已为市政务服务局制作印章 \d{14}/).waitFor();
    const seals = await (await apiOf(admin)).get<{ items: Array<{ sealId: string; holderUscc: string; status: string }> }>('/api/v1/seals');
    const made = seals.items.find((s) => s.holderUscc === uscc);
    expect(made?.status).toBe('active');
    const code = made?.sealId ?? '';
    const madeRow = table.getByRole('row', { name: new RegExp(code) });
    await madeRow.getByText('有效', { exact: true }).waitFor();

    await madeRow.getByRole('button', { name: `注销印章 ${code}` }).click();
    const confirm = admin.getByRole('dialog', { name: `注销电子印章 ${code}` });
    await confirm.getByText(/注销后不能恢复/).waitFor();
    await confirm.getByRole('button', { name: '确认注销' }).click();
    await confirm.getByText('请填写注销原因（2–500 个字）').waitFor();
    await expectAccessible(admin, 'revoke-seal dialog');
    await confirm.getByLabel('注销原因').fill('演示：密钥介质损坏，停用');
    await confirm.getByRole('button', { name: '确认注销' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await madeRow.getByText('已注销', { exact: true }).waitFor();
    // The struck-through impression, not the cached one.
    await expectDrawn(madeRow.getByRole('img'));
    expect(await madeRow.getByRole('img').getAttribute('src')).toBe(`/api/v1/seals/${code}/image.svg?revoked=1`);
    await madeRow.getByText(/注销：演示：密钥介质损坏，停用/).waitFor();
    await expect(madeRow.getByRole('button', { name: `注销印章 ${code}` }).count()).resolves.toBe(0);
    await screenshot(admin, 'licences-seal-revoked');
  });

  it(
    'the approver of 市市场监管局 suspends, resumes and renews the demo citizen’s food licence in 证照管理; /verify follows',
    { timeout: 240_000 },
    async () => {
      const approver = as.approver;
      // The demo issues 王晓明's food permit as an e-licence (cases.demo.data); the first test issued another.
      type Row = { id: string; number: string; type: { code: string }; status: string; supersededBy: string | null };
      const listed = await (await apiOf(approver)).get<{ items: Row[] }>(`/api/v1/licenses?q=${encodeURIComponent('王晓明')}&status=valid&pageSize=100`);
      const demo = listed.items.find((l) => l.type.code === FOOD && l.number !== number);
      expect(demo, 'the demo citizen’s e-licensed food permit').toBeDefined();
      const demoNo = demo?.number ?? '';
      const oldId = demo?.id ?? '';

      await approver.goto('/office');
      await approver.getByRole('navigation').getByRole('menuitem', { name: '证照管理' }).click();
      await approver.getByRole('heading', { level: 1, name: '证照管理' }).waitFor();
      const table = approver.getByRole('table', { name: '证照管理' });
      await table.getByRole('row').nth(1).waitFor();
      await approver.getByLabel('查找证照', { exact: true }).fill('王晓明');
      await approver.getByLabel('查找证照', { exact: true }).press('Enter');
      await approver.waitForURL((url) => url.searchParams.get('q') === '王晓明');
      const row = table.getByRole('row', { name: new RegExp(demoNo) });
      await row.getByText('食品经营许可证').waitFor();
      await row.getByText('王晓明', { exact: true }).waitFor();
      await row.getByText('有效', { exact: true }).waitFor();
      await expectAccessible(approver, 'licence management list');
      await screenshot(approver, 'licences-admin-list');

      await row.getByRole('button', { name: `查看证照：食品经营许可证 ${demoNo}` }).click();
      await approver.waitForURL((url) => url.searchParams.get('id') === oldId && url.searchParams.get('q') === '王晓明');
      const drawer = approver.getByRole('dialog', { name: '电子证照：食品经营许可证' });
      const actions = drawer.getByRole('group', { name: '证照操作' });
      await actions.getByRole('button', { name: '暂扣' }).waitFor();
      await actions.getByRole('button', { name: '延续' }).waitFor();
      await actions.getByRole('button', { name: '注销' }).waitFor();
      await expect(actions.getByRole('button', { name: '恢复' }).count()).resolves.toBe(0);
      const qr = await drawer.locator('#licence-qr-payload').inputValue();
      expect(qr).toContain(demoNo);
      await expectAccessible(approver, 'licence management drawer');
      await screenshot(approver, 'licences-admin-drawer');

      // 暂扣, with a reason checked before it is sent.
      await actions.getByRole('button', { name: '暂扣' }).click();
      const suspend = approver.getByRole('dialog', { name: `暂扣证照 ${demoNo}` });
      await suspend.getByText(/暂扣期间，核验该证照将显示/).waitFor();
      await suspend.getByRole('button', { name: '确认暂扣' }).click();
      await suspend.getByText('请填写原因（2–500 个字）').waitFor();
      await suspend.getByLabel('暂扣原因').fill(' 查 ');
      await suspend.getByRole('button', { name: '确认暂扣' }).click();
      await suspend.getByText('请填写原因（2–500 个字）').waitFor();
      await expectAccessible(approver, 'suspend dialog with its message');
      await screenshot(approver, 'licences-admin-suspend');
      await suspend.getByLabel('暂扣原因').fill('日常检查发现后厨卫生不达标，责令停业整改');
      await suspend.getByRole('button', { name: '确认暂扣' }).click();
      await suspend.waitFor({ state: 'hidden' });
      await approver.getByText(`证照 ${demoNo} 已暂扣`).waitFor();
      await drawer.locator('.tb-licence-cert-head').getByText('已暂扣', { exact: true }).waitFor();
      await drawer.getByRole('alert').filter({ hasText: '该证照已被发证机关暂扣' }).filter({ hasText: '后厨卫生不达标' }).waitFor();
      await actions.getByRole('button', { name: '恢复' }).waitFor();
      await expect(actions.getByRole('button', { name: '暂扣' }).count()).resolves.toBe(0);
      await row.getByText('已暂扣', { exact: true }).waitFor();
      await expectAccessible(approver, 'suspended licence');
      await screenshot(approver, 'licences-admin-suspended');

      // The public page says so.
      const { page } = await openAnonymous();
      const verifyQr = async (payload: string, verdictName: string, reason: string) => {
        await page.goto('/verify');
        await page.getByLabel('二维码内容或证照 JSON').fill(payload);
        await page.locator('.tb-verify button[type=submit]').click();
        const verdict = page.locator('.tb-verdict');
        await verdict.getByRole('heading', { level: 2, name: '无效' }).waitFor();
        await expect.poll(() => verdict.getAttribute('data-verdict')).toBe(verdictName);
        await verdict.getByText(reason).waitFor();
      };
      await verifyQr(qr, 'licence_suspended', '证照已暂扣：发证机关暂停了该证照的效力，恢复前不能使用。');
      await expectAccessible(page, 'verify page: suspended');
      await screenshot(page, 'licences-verify-suspended');

      // 恢复.
      await actions.getByRole('button', { name: '恢复' }).click();
      const resume = approver.getByRole('dialog', { name: `恢复证照 ${demoNo}` });
      await resume.getByLabel('恢复原因').fill('整改完成，复查合格');
      await resume.getByRole('button', { name: '确认恢复' }).click();
      await resume.waitFor({ state: 'hidden' });
      await drawer.locator('.tb-licence-cert-head').getByText('有效', { exact: true }).waitFor();
      await row.getByText('有效', { exact: true }).waitFor();

      // 延续: confirmed, then the new version shows and the old one is superseded.
      await actions.getByRole('button', { name: '延续' }).click();
      const confirm = approver.locator('.ant-modal-confirm');
      await confirm
        .locator('.ant-modal-confirm-title')
        .filter({ hasText: `延续证照 ${demoNo}？` })
        .waitFor();
      await confirm.getByText(/第 2 版/).waitFor();
      await screenshot(approver, 'licences-admin-renew-confirm');
      await confirm.getByRole('button', { name: '确认延续' }).click();
      await approver.waitForURL((url) => !!url.searchParams.get('id') && url.searchParams.get('id') !== oldId);
      const newId = new URL(approver.url()).searchParams.get('id') ?? '';
      await drawer.getByText('这是延续换发的新版本（第 2 版）。原第 1 版已标记为“已换发新版本”，不再有效。').waitFor();
      await drawer
        .getByTestId('licence-identifier')
        .filter({ hasText: /\.002\.[0-9A-Z]$/ })
        .waitFor();
      await drawer.locator('.tb-licence-cert-head').getByText('有效', { exact: true }).waitFor();
      await expectAccessible(approver, 'renewed licence');
      await screenshot(approver, 'licences-admin-renewed');
      const old = await (await apiOf(approver)).get<Row>(`/api/v1/licenses/${oldId}`);
      expect(old.status).toBe('superseded');
      expect(old.supersededBy).toBe(newId);
      await verifyQr(qr, 'superseded', '已有新版本：该证照已延续换发，请使用最新版本。');

      // The old version, found by its status, leads to the new one.
      await drawer.getByRole('button', { name: '关闭', exact: true }).click();
      await drawer.waitFor({ state: 'hidden' });
      await approver.getByRole('combobox', { name: '状态' }).click();
      await approver.locator('.ant-select-dropdown:visible .ant-select-item-option[title="已换发新版本"]').click();
      await approver.waitForURL((url) => url.searchParams.get('status') === 'superseded' && url.searchParams.get('q') === '王晓明');
      const oldRow = table.getByRole('row', { name: new RegExp(`${demoNo}[\\s\\S]*第 1 版`) });
      await oldRow.getByText('已换发新版本', { exact: true }).waitFor();
      await oldRow.getByRole('button', { name: `查看证照：食品经营许可证 ${demoNo}` }).click();
      await drawer.getByRole('alert').filter({ hasText: '该证照已延续换发新版本，本版本不再有效。' }).waitFor();
      await expect(drawer.getByRole('group', { name: '证照操作' }).count()).resolves.toBe(0);
      await expectAccessible(approver, 'superseded licence');
      await screenshot(approver, 'licences-admin-superseded');
      await drawer.getByRole('link', { name: '查看新版本' }).click();
      await approver.waitForURL((url) => url.searchParams.get('id') === newId && url.searchParams.get('status') === 'superseded');
      await drawer
        .getByTestId('licence-identifier')
        .filter({ hasText: /\.002\.[0-9A-Z]$/ })
        .waitFor();

      // The same page in English.
      await drawer.getByRole('button', { name: '关闭', exact: true }).click();
      await drawer.waitFor({ state: 'hidden' });
      await approver.getByRole('button', { name: 'English' }).click();
      await approver.getByRole('heading', { level: 1, name: 'Licence management' }).waitFor();
      await approver.getByText('Replaced by a newer version', { exact: true }).first().waitFor();
      await expectAccessible(approver, 'licence management (en-US)');
      await screenshot(approver, 'licences-admin-list-en');
      await approver.getByRole('button', { name: '中文' }).click();
      await approver.getByRole('heading', { level: 1, name: '证照管理' }).waitFor();

      // The reviewer reads the same list, without the actions.
      const reviewer = as.reviewer;
      await reviewer.goto(`/office/licences?q=${encodeURIComponent(demoNo)}&id=${newId}`);
      await reviewer.getByRole('heading', { level: 1, name: '证照管理' }).waitFor();
      await reviewer.getByText(/暂扣、恢复、延续和注销由本部门审批人员办理/).waitFor();
      const reviewerDrawer = reviewer.getByRole('dialog', { name: '电子证照：食品经营许可证' });
      await reviewerDrawer.getByTestId('licence-identifier').waitFor();
      await expect(reviewerDrawer.getByRole('button', { name: '暂扣' }).count()).resolves.toBe(0);
      await expect(reviewerDrawer.getByRole('button', { name: '注销' }).count()).resolves.toBe(0);
      await expectDrawn(reviewerDrawer.getByRole('img', { name: /的核验二维码$/ }));
      await expectAccessible(reviewer, 'licence management, read only');
      await screenshot(reviewer, 'licences-admin-reviewer');
    },
  );
});

/**
 * Fees (issue 15, docs/decisions.md D30): 居民身份证补领 charges its 工本费 (40 元) at acceptance. The
 * citizen's accepted case shows the order; they pay on the local gateway's cashier, the case waits
 * for the gateway's signed notification, then shows the e-receipt, whose PDF downloads and whose
 * code verifies on the public page.
 */
describe('fees paid online with an e-receipt (D30)', () => {
  it('the citizen pays an accepted 居民身份证补领 through the local gateway; the e-receipt downloads and verifies', { timeout: 180_000 }, async () => {
    const citizenApi = await apiOf(as.citizen);
    const found = await citizenApi.get<{ items: Array<{ code: string; name: string }> }>(`/api/v1/items?q=${encodeURIComponent('居民身份证补领')}&pageSize=5`);
    const code = found.items.find((i) => i.name === '居民身份证补领')!.code;
    const guide = await citizenApi.get<{ item: { materials: Array<{ code: string }> } }>(`/api/v1/items/${code}`);
    const materials = [];
    for (const m of guide.item.materials) materials.push({ materialCode: m.code, fileId: await citizenApi.upload(`${m.code}.pdf`) });
    const { id } = await citizenApi.post<{ id: string }>('/api/v1/cases', { itemCode: code, channel: 'web', form: {}, materials });
    const clerkApi = await apiOf(as.clerk);
    const { version } = await clerkApi.get<{ version: number }>(`/api/v1/cases/${id}`);
    await clerkApi.post(`/api/v1/cases/${id}/actions/accept`, { version });

    const citizen = as.citizen;
    await citizen.goto(`/portal/me/cases/${id}`);
    const card = citizen.getByTestId('case-payment');
    await card.getByText('待缴费', { exact: true }).waitFor();
    await card.getByText('居民身份证工本费').waitFor();
    await expectAccessible(citizen, 'case with a fee to pay');
    const amount = (await card.locator('.tb-payment-total strong').innerText()).trim();
    expect(amount).toMatch(/^¥\d+\.\d{2}$/);
    await card.getByRole('button', { name: `在线缴费 ${amount}` }).click();

    // The gateway's own cashier.
    await citizen.waitForURL((url) => url.pathname.startsWith('/pay/local/'));
    const cashier = citizen.getByTestId('cashier');
    await cashier.getByText(amount).first().waitFor();
    await screenshot(citizen, 'payments-cashier');
    await cashier.getByRole('button', { name: `确认支付 ${amount}` }).click();
    await cashier.getByText(/支付成功/).waitFor();
    await cashier.getByRole('link', { name: '返回办件页' }).click();

    // Back on the case: paid once the gateway's notification arrived, with the e-receipt.
    await citizen.waitForURL((url) => url.pathname === `/portal/me/cases/${id}`);
    await card.getByText('已缴费', { exact: true }).waitFor({ timeout: 60_000 });
    const receipt = card.getByTestId('payment-receipt');
    const receiptCode = (await receipt.locator('.tb-mono').innerText()).trim();
    expect(receiptCode).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    await screenshot(citizen, 'payments-paid');
    const order = await citizenApi.get<{ order: { id: string } }>(`/api/v1/cases/${id}/payment`);
    const pdfResponse = await citizen.request.get(`/api/v1/payments/${order.order.id}/receipt.pdf`);
    expect(pdfResponse.headers()['content-type']).toContain('application/pdf');
    expect((await pdfResponse.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await receipt.getByRole('link', { name: '查验' }).click();
    const verdict = citizen.getByTestId('receipt-verdict');
    await verdict.getByText('票据有效').waitFor();
    await verdict.getByText(chineseCapitals(Math.round(Number(amount.slice(1)) * 100)), { exact: false }).waitFor();
    await expectAccessible(citizen, 'receipt verification');
    await screenshot(citizen, 'payments-verified');
  });
});
