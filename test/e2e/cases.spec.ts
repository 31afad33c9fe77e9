import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { documentJpeg, documentPng } from '../factories/materials';
import { apiOf, expectAccessible, launchBrowser, openPage, pdf, screenshot, startServer, type TestPage, type TestServer, chooseOption } from './harness';

/**
 * Issue 4 in the browser: one case through every role (online application leaving a 辅件 out →
 * 容缺 acceptance → the applicant supplies it → routing → review → approval → issuance → the
 * applicant sees it completed), a walk-in 即办件 at the window, a 补正 round trip that pauses the
 * clock, and a denied case with a stale-version conflict. One browser context per role.
 */

const PASSWORD = 'Demo@12345';
/** 食品经营许可证核发: market regulation (the demo reviewer's and approver's department), 5 working days, 辅件 M05. */
const FOOD = '000101019000';
/** 个体工商户变更登记: a 即办件 (0-day limit) for individuals. */
const INSTANT = '000101012000';
/** The demo citizen's resident ID ends in these four characters. */
const CITIZEN_ID_TAIL = '1237';

type Role = 'citizen' | 'clerk' | 'dispatcher' | 'reviewer' | 'approver';

let server: TestServer;
let browser: Browser;
const opened: TestPage[] = [];
const as = {} as Record<Role, Page>;

async function signIn(username: Role): Promise<Page> {
  const tp = await openPage(browser, server.baseUrl);
  opened.push(tp);
  const { page } = tp;
  await open(page, '/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
  return page;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  for (const role of ['citizen', 'clerk', 'dispatcher', 'reviewer', 'approver'] as const) as[role] = await signIn(role);
});

afterAll(async () => {
  // Everything the app loads must come from our own server.
  const offSite = opened.flatMap((p) => p.offSiteRequests);
  for (const p of opened) await p.context.close();
  await browser?.close();
  await server?.stop();
  expect(offSite).toEqual([]);
});

// When a walk fails, every role's page is kept as it was, to see why.
let walk = 0;
afterEach(async ({ task }) => {
  walk += 1;
  if (task.result?.state !== 'fail') return;
  for (const [role, page] of Object.entries(as)) await screenshot(page, `cases-failed-${walk}-${role}`).catch(() => undefined);
  // A walk that failed half-way may leave a page in English: the next walk starts in Chinese.
  for (const page of Object.values(as)) await page.evaluate(() => window.localStorage.setItem('tongban.lang', 'zh-CN')).catch(() => undefined);
});

// ---------- helpers ----------

interface CaseFacts {
  id: string;
  caseNo: string;
  status: string;
  version: number;
  lines: { paused: boolean; promisedDue: string | null; pausedWorkdays: number };
}

async function caseOf(page: Page, id: string): Promise<CaseFacts> {
  return (await apiOf(page)).get<CaseFacts>(`/api/v1/cases/${id}`);
}

/** The food-licence application filled in through the API, every material in when `all`. */
async function applyByApi(all: boolean): Promise<{ id: string; caseNo: string }> {
  const api = await apiOf(as.citizen);
  const codes = all ? ['M01', 'M02', 'M03', 'M04', 'M05'] : ['M01', 'M02', 'M03', 'M04'];
  const materials = [];
  for (const c of codes) materials.push({ materialCode: `${FOOD}${c}`, fileId: await api.upload(`${c}.pdf`) });
  const form = { entityName: '包头市青山区小满餐馆', uscc: '9144030071526726XG', businessAddress: '青山区幸福路 8 号', area: 60, mainBusiness: 'catering' };
  const ref = await api.post<{ id: string; caseNo: string }>('/api/v1/cases', { itemCode: FOOD, channel: 'web', form, materials });
  return ref;
}

/** Moves a case on through the API as `role` (preconditions of the shorter walks). */
async function actByApi(role: Role, id: string, action: string, body: Record<string, unknown> = {}): Promise<void> {
  const page = as[role];
  const { version } = await caseOf(page, id);
  await (await apiOf(page)).post(`/api/v1/cases/${id}/actions/${action}`, { version, ...body });
}

/**
 * Opens `url` (or reloads when none is given), retrying a 5xx: on a shared machine another
 * `vite build` may be rewriting dist/web for a moment, and that is not what these walks test.
 */
async function open(page: Page, url?: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const response = url ? await page.goto(url) : await page.reload();
    if (!response || response.status() < 500 || attempt === 4) return;
    await page.waitForTimeout(3_000);
  }
}

const dialog = (page: Page) => page.getByRole('dialog');

async function statusIs(page: Page, status: string): Promise<void> {
  await page.locator('.tb-case-sub .tb-case-tag', { hasText: status }).waitFor();
}

// ---------- the walks ----------

describe('case handling in the browser (issue 4)', () => {
  it('citizen applies online leaving a 辅件 out → 容缺 → supplies it → routed → reviewed → approved → issued → completed', { timeout: 300_000 }, async () => {
    const citizen = as.citizen;

    // 1. The citizen applies in steps; each "continue" saves the draft.
    await open(citizen, `/portal/me/apply/${FOOD}`);
    await citizen.getByRole('heading', { level: 1, name: /在线申请：食品经营许可证核发/ }).waitFor();
    await citizen.getByRole('heading', { name: /第 1 步（共 5 步）：申请人信息/ }).waitFor();
    await citizen.getByLabel('单位（企业）名称', { exact: true }).fill('包头市昆区晓明小吃店');
    await citizen.getByLabel('统一社会信用代码', { exact: true }).fill('91350100M000100Y44');
    await citizen.getByLabel('统一社会信用代码', { exact: true }).blur();
    // A wrong check character is caught in the browser, with the server's own message.
    await citizen.getByText(/校验位错误：应为 3，实际为 4/).waitFor();
    await citizen.getByRole('button', { name: '保存并继续' }).click();
    await citizen.getByText(/校验位错误：应为 3，实际为 4/).waitFor();
    expect(new URL(citizen.url()).searchParams.has('draft')).toBe(false);
    await citizen.getByLabel('统一社会信用代码', { exact: true }).fill('91350100M000100Y43');
    await citizen.getByRole('button', { name: '保存并继续' }).click();
    await citizen.waitForURL((url) => url.searchParams.has('draft') && url.searchParams.get('step') === 'details');

    await citizen.getByRole('heading', { name: /第 2 步（共 5 步）：办理信息/ }).waitFor();
    await citizen.getByLabel('经营场所', { exact: true }).fill('昆都仑区钢铁大街 1 号');
    await citizen.getByLabel('经营面积（平方米）', { exact: true }).fill('80');
    await chooseOption(citizen, '经营主体业态', '餐饮服务经营者');
    await citizen.getByRole('button', { name: '保存并继续' }).click();
    await citizen.waitForURL((url) => url.searchParams.get('step') === 'materials');

    for (const m of ['M01', 'M02', 'M03', 'M04']) {
      const row = citizen.locator(`[data-material="${FOOD}${m}"]`);
      await row.locator('input[type=file]').setInputFiles(pdf(`${m}.pdf`));
      await row.getByText('已提交 1 份').waitFor();
    }
    // A file that is not what its name says is refused before it is sent.
    const extra = citizen.locator(`[data-material="${FOOD}M06"]`);
    await extra.locator('input[type=file]').setInputFiles({ name: 'note.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just text, not a PDF') });
    await extra
      .getByRole('alert')
      .filter({ hasText: /不是 PDF、JPEG 或 PNG/ })
      .waitFor();
    // 材料智审 (D33): the server refuses a blank page in words, and keeps a blurred photo (decoded in
    // the compiled server's worker thread, being over 256 KB) with advice under it.
    await extra
      .locator('input[type=file]')
      .setInputFiles({ name: '空白页.png', mimeType: 'image/png', buffer: documentPng({ blank: true, width: 800, height: 600, noise: 0 }) });
    await extra
      .getByRole('alert')
      .filter({ hasText: /页面几乎是空白的/ })
      .waitFor();
    await extra.locator('input[type=file]').setInputFiles({ name: '设备照片.jpg', mimeType: 'image/jpeg', buffer: documentJpeg({ blur: 2 }, 95) });
    await extra
      .getByRole('list', { name: '材料智审提示' })
      .getByText(/图片可能模糊，建议对焦后重新拍摄/)
      .waitFor();
    await expectAccessible(citizen, 'apply page');
    await screenshot(citizen, 'cases-apply');
    await citizen.getByRole('button', { name: '保存并继续' }).click();
    await citizen.waitForURL((url) => url.searchParams.get('step') === 'delivery');
    await citizen.getByRole('radio', { name: /到窗口领取/ }).check();
    await citizen.getByRole('button', { name: '保存并继续' }).click();
    await citizen.waitForURL((url) => url.searchParams.get('step') === 'check');

    // 2. The draft survives a reload; the check page shows every answer and owns up to the missing 辅件.
    await open(citizen);
    const check = citizen.getByTestId('check-answers');
    await check.getByText('包头市昆区晓明小吃店').waitFor();
    await check.getByText('餐饮服务经营者').waitFor();
    await check.getByText(/以下材料还没有上传：主要设备设施清单/).waitFor();
    await check.getByText('到窗口领取').waitFor();
    await citizen.getByRole('button', { name: '提交申请' }).click();
    await citizen.getByText('请先勾选承诺书').waitFor();
    await citizen.getByTestId('declaration').check();
    await citizen.getByRole('button', { name: '提交申请' }).click();
    const caseNo = (await citizen.getByTestId('case-no').textContent())?.trim() ?? '';
    expect(caseNo).toMatch(/^BT\d{6}-\d{8}-\d{6}$/);
    await citizen.getByText(/受理后 5 个工作日内办结。今天受理的话，我们承诺 .+ 前办结/).waitFor();
    await screenshot(citizen, 'cases-submitted');
    await citizen.getByRole('button', { name: '查看办件' }).click();
    await citizen.waitForURL(/\/portal\/me\/cases\/[0-9a-f-]{36}$/);
    const id = citizen.url().split('/').pop() ?? '';
    await statusIs(citizen, '已申请');
    await citizen.getByText('受理后开始计算办理时间，受理当天不算。').waitFor();

    // 3. The clerk checks the materials: every 主件 is in, the 辅件 is missing → 容缺.
    const clerk = as.clerk;
    await open(clerk, '/window/queue');
    await clerk.getByRole('link', { name: caseNo }).click();
    const panel = clerk.locator('.tb-acceptance');
    await panel.getByText(/主件齐全，1 项辅件缺少或不符合/).waitFor();
    await expect(panel.getByRole('button', { name: '受理', exact: true }).isDisabled()).resolves.toBe(true);
    await expectAccessible(clerk, 'window acceptance check');
    await screenshot(clerk, 'cases-window-check');
    // The applicant's ID is masked; the clerk, holding the ID card, shows it in full (audited).
    // Masked twice: the applicant's number and the form's 身份证号 field.
    await clerk
      .getByText(/^1502\*{10}\d{3}[\dX]$/)
      .first()
      .waitFor();
    await clerk.getByRole('button', { name: '显示完整号码' }).click();
    await clerk.getByRole('button', { name: '显示', exact: true }).click();
    await clerk
      .getByText(/^1502\d{13}[\dX]$/)
      .first()
      .waitFor();
    expect(await clerk.getByText(/\*{10}/).count()).toBe(0);
    await panel.getByRole('button', { name: '容缺受理', exact: true }).click();
    await dialog(clerk).getByText('主要设备设施清单').waitFor();
    await dialog(clerk).getByLabel('意见（选填）').fill('主件齐全，容缺受理');
    await dialog(clerk).getByRole('button', { name: '确认容缺受理' }).click();
    await statusIs(clerk, '已受理');
    await clerk.getByText(/容缺受理：请于 \d{4}-\d{2}-\d{2} 前补交材料/).waitFor();

    // The printable acceptance notice shows the case number, the item and the promised date.
    const accepted = await caseOf(clerk, id);
    const promised = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(accepted.lines.promisedDue ?? ''));
    await clerk.getByRole('button', { name: '打印受理通知书' }).click();
    const sheet = clerk.locator('.tb-notice-sheet');
    await sheet.getByRole('heading', { name: '受理通知书' }).waitFor();
    await sheet.locator('.tb-notice-no').getByText(caseNo).waitFor();
    await sheet.getByRole('row', { name: new RegExp(`承诺办结日期\\s*${promised}`) }).waitFor();
    await sheet.getByText('主要设备设施清单').waitFor();
    await expectAccessible(clerk, 'acceptance notice');
    await screenshot(clerk, 'cases-notice');

    // 4. The citizen sees the promise in plain words and supplies the owed material.
    await open(citizen);
    await statusIs(citizen, '已受理');
    const [, mm, dd] = promised.split('-').map(Number);
    await citizen
      .locator('.tb-clock')
      .getByText(new RegExp(`^我们承诺 (\\d{4}年)?${mm}月${dd}日星期. 前办结$`))
      .waitFor();
    await citizen.getByText(/容缺受理：请于/).waitFor();
    await citizen.getByRole('button', { name: '补交容缺材料' }).click();
    await dialog(citizen).locator(`[data-material="${FOOD}M05"] input[type=file]`).setInputFiles(pdf('M05-equipment.pdf'));
    await dialog(citizen).getByText('M05-equipment.pdf').waitFor();
    await screenshot(citizen, 'cases-supply');
    await dialog(citizen).getByRole('button', { name: '确认补交容缺材料' }).click();
    await citizen.getByText(/容缺受理：请于/).waitFor({ state: 'detached' });
    await citizen.locator('.tb-timeline').getByText('补交容缺材料').waitFor();

    // 5. The dispatcher routes it; the item's department is preselected; the load table shows it.
    const dispatcher = as.dispatcher;
    await open(dispatcher, '/office/assign');
    await dispatcher.getByRole('button', { name: `分办 ${caseNo}` }).waitFor();
    await expectAccessible(dispatcher, 'routing page');
    await screenshot(dispatcher, 'cases-assign');
    await dispatcher.getByRole('button', { name: `分办 ${caseNo}` }).click();
    await dialog(dispatcher).getByText('市市场监管局').first().waitFor();
    await screenshot(dispatcher, 'cases-route-dialog');
    await dialog(dispatcher).getByRole('button', { name: '确认分办' }).click();
    await dispatcher.getByRole('button', { name: `分办 ${caseNo}` }).waitFor({ state: 'detached' });
    await dispatcher
      .getByRole('table', { name: '各部门在办工作量' })
      .getByRole('row', { name: /市市场监管局/ })
      .waitFor();

    // 6. The reviewer finds it in the to-do list and reviews it.
    const reviewer = as.reviewer;
    await open(reviewer, '/office/todo');
    await reviewer.getByRole('link', { name: caseNo }).click();
    await statusIs(reviewer, '审查中');
    await reviewer.getByRole('button', { name: '审查', exact: true }).click();
    await dialog(reviewer).getByLabel('审查意见').fill('材料齐全，经营场所符合要求');
    await dialog(reviewer).getByRole('button', { name: '确认审查' }).click();
    await statusIs(reviewer, '待决定');
    await expectAccessible(reviewer, 'back-office case page');
    await screenshot(reviewer, 'cases-review');

    // 7. The approver approves with a licence number.
    const approver = as.approver;
    await open(approver, '/office/todo');
    await approver.getByRole('link', { name: caseNo }).click();
    await approver.getByRole('button', { name: '准予许可', exact: true }).click();
    await dialog(approver).getByLabel('结果编号（选填）').fill('JY11502030000123');
    await dialog(approver).getByRole('button', { name: '确认准予许可' }).click();
    await statusIs(approver, '准予许可');

    // 8. The clerk completes and issues it by express delivery.
    await open(clerk, '/window/delivery');
    await clerk.getByRole('button', { name: `出件：${caseNo}` }).click();
    await dialog(clerk).getByRole('radio', { name: '邮寄送达' }).check();
    await dialog(clerk).getByLabel('快递单号').fill('SF1234567890');
    await screenshot(clerk, 'cases-delivery');
    await dialog(clerk).getByRole('button', { name: '确认出件' }).click();
    await clerk.getByText(`${caseNo} 已出件`).waitFor();

    // 9. The citizen sees it completed and issued, and was told along the way.
    await open(citizen);
    await statusIs(citizen, '已出件');
    await citizen
      .locator('.tb-clock')
      .getByText(/^已于 (\d{4}年)?\d{1,2}月\d{1,2}日星期. 办结$/)
      .waitFor();
    await citizen.getByText(/结果已出件：邮寄送达/).waitFor();
    await expectAccessible(citizen, 'completed case (applicant)');
    await screenshot(citizen, 'cases-completed');
    const bell = citizen.getByRole('button', { name: /通知（\d+ 条未读）/ });
    await bell.click();
    // The demo's own cases notify the citizen too: pick this case's message.
    const issuedMessage = citizen.locator('.tb-bell-item', { hasText: caseNo }).locator('.tb-bell-item-title', { hasText: '结果已出件' });
    await issuedMessage.waitFor();
    await screenshot(citizen, 'cases-bell');
    await issuedMessage.click();
    await citizen.getByRole('button', { name: /通知/ }).first().waitFor();

    // The same case in English.
    await citizen.getByRole('button', { name: 'English' }).click();
    await citizen.locator('.tb-case-sub').getByText('Issued').waitFor();
    await citizen.getByRole('heading', { level: 2, name: 'How long it takes' }).waitFor();
    await expectAccessible(citizen, 'completed case (en-US)');
    await screenshot(citizen, 'cases-completed-en');
    await citizen.getByRole('button', { name: '中文' }).click();

    // 10. Anyone can follow it with the case number and the last four characters of the ID.
    const visitor = await openPage(browser, server.baseUrl);
    opened.push(visitor);
    await open(visitor.page, '/progress');
    await visitor.page.getByLabel('办件编号').fill(caseNo);
    await visitor.page.getByLabel('证件号码后四位').fill('0000');
    await visitor.page.getByRole('button', { name: '查询' }).click();
    await visitor.page.getByRole('alert').filter({ hasText: '未查到办件' }).waitFor();
    await visitor.page.getByLabel('证件号码后四位').fill(CITIZEN_ID_TAIL);
    await visitor.page.getByRole('button', { name: '查询' }).click();
    await visitor.page.locator('.tb-progress-result').getByText('已出件').waitFor();
    await expect(visitor.page.locator('.tb-progress-result').textContent()).resolves.not.toContain('王晓明');
    await expectAccessible(visitor.page, 'progress query');
    await screenshot(visitor.page, 'cases-progress');
  });

  it('a walk-in 即办件 at the window: identity checked, scans taken, accepted, completed and issued at once', { timeout: 180_000 }, async () => {
    const clerk = as.clerk;
    await open(clerk, '/window/intake');
    await clerk.locator('#intake-item').click();
    await clerk.locator('#intake-item').fill('个体工商户变更登记');
    await clerk.locator(`.ant-select-dropdown:visible .ant-select-item-option[title^="个体工商户变更登记"]`).click();
    const applicant = clerk.locator('.tb-case-card', { has: clerk.getByRole('heading', { name: '2. 申请人' }) });
    await applicant.getByRole('textbox', { name: '居民身份证号码' }).fill('110105194912310021');
    await applicant.getByRole('textbox', { name: '姓名' }).click();
    await applicant.getByText(/校验位错误/).waitFor();
    await applicant.getByRole('textbox', { name: '居民身份证号码' }).fill('11010519491231002X');
    await applicant.getByText(/证件号码校验通过：出生日期 1949-12-31，性别 女/).waitFor();
    await applicant.getByRole('textbox', { name: '姓名' }).fill('赵敏');
    await applicant.getByRole('textbox', { name: '联系电话' }).fill('13904721234');
    const form = clerk.locator('.tb-case-card', { has: clerk.getByRole('heading', { name: '3. 申请表' }) });
    await form.getByRole('textbox', { name: '统一社会信用代码' }).fill('91350100M000100Y43');
    await form.getByRole('textbox', { name: '经营场所' }).fill('东河区和平路 12 号');
    for (const m of ['M01', 'M02', 'M03']) {
      const row = clerk.locator(`[data-material="${INSTANT}${m}"]`);
      await row.locator('input[type=file]').setInputFiles(pdf(`scan-${m}.pdf`));
      await row.getByText('已提交 1 份').waitFor();
    }
    await expectAccessible(clerk, 'walk-in intake');
    await screenshot(clerk, 'cases-intake');
    await clerk.getByRole('button', { name: '登记并核对材料' }).click();
    await clerk.waitForURL(/\/window\/cases\/[0-9a-f-]{36}$/);
    await statusIs(clerk, '已申请');
    await clerk.locator('.tb-case-sub').getByText('窗口申请').waitFor();
    const panel = clerk.locator('.tb-acceptance');
    await panel.getByText('材料齐全，可以受理。').waitFor();
    await panel.getByRole('button', { name: '即办：受理并当场办结出件' }).click();
    await statusIs(clerk, '已出件');
    await clerk.getByText(/结果已出件：窗口领取/).waitFor();
    await screenshot(clerk, 'cases-instant-issued');
  });

  it('a 补正 round trip pauses the clock and the applicant resubmits', { timeout: 180_000 }, async () => {
    const { id, caseNo } = await applyByApi(true);
    await actByApi('clerk', id, 'accept');
    await actByApi('dispatcher', id, 'route');

    // The reviewer asks for every correction at once.
    const reviewer = as.reviewer;
    await open(reviewer, `/office/cases/${id}`);
    await reviewer.getByRole('button', { name: '要求补正', exact: true }).click();
    await dialog(reviewer).getByRole('button', { name: '再加一项' }).click();
    await chooseOption(reviewer, '第 1 项：材料或表单字段', '经营场所平面布局图', { scope: dialog(reviewer), enter: true });
    await dialog(reviewer).getByLabel('第 1 项：问题').fill('平面布局图未标明各功能区面积');
    await dialog(reviewer).getByRole('button', { name: '再加一项' }).click();
    await chooseOption(reviewer, '第 2 项：材料或表单字段', '经营面积（平方米）', { scope: dialog(reviewer), enter: true });
    await dialog(reviewer).getByLabel('第 2 项：问题').fill('经营面积与布局图不一致');
    await screenshot(reviewer, 'cases-correction-request');
    await dialog(reviewer).getByRole('button', { name: '确认要求补正' }).click();
    await statusIs(reviewer, '待补正');
    expect((await caseOf(reviewer, id)).lines.paused).toBe(true);

    // The applicant sees the one-time notice and that the clock is paused.
    const citizen = as.citizen;
    await open(citizen, '/portal/me/cases');
    await citizen
      .getByRole('row', { name: new RegExp(caseNo) })
      .getByText('待补正')
      .waitFor();
    await citizen.getByRole('link', { name: caseNo }).click();
    await statusIs(citizen, '待补正');
    const notice = citizen.locator('.tb-notices');
    await notice.getByText('请补正：以下问题需一次性改正').waitFor();
    await notice.getByText('平面布局图未标明各功能区面积').waitFor();
    await notice.getByText('经营面积与布局图不一致').waitFor();
    await citizen
      .locator('.tb-clock')
      .getByText(/正在等您补正，补正期间不计时/)
      .waitFor();
    await citizen.locator('.tb-clock').getByText('办理时间暂停中').waitFor();
    await expectAccessible(citizen, 'correction requested (applicant)');
    await screenshot(citizen, 'cases-correction-paused');

    // The applicant corrects the area and uploads a new plan; the clock runs again.
    await citizen.getByRole('button', { name: '补正后重新提交' }).click();
    await dialog(citizen).getByLabel('经营面积（平方米）').fill('64');
    await dialog(citizen).locator(`[data-material="${FOOD}M04"] input[type=file]`).setInputFiles(pdf('M04-plan-v2.pdf'));
    await dialog(citizen).getByText('M04-plan-v2.pdf').waitFor();
    await dialog(citizen).getByRole('button', { name: '确认补正后重新提交' }).click();
    await statusIs(citizen, '审查中');
    await citizen
      .locator('.tb-clock')
      .getByText(/正在等您补正，补正期间不计时/)
      .waitFor({ state: 'detached' });
    const after = await caseOf(citizen, id);
    expect(after.lines.paused).toBe(false);
    expect(after.status).toBe('routed');
  });

  it('a denied case shows reasons and legal basis; a stale page gets a clear conflict with a reload', { timeout: 180_000 }, async () => {
    const { id, caseNo } = await applyByApi(true);
    await actByApi('clerk', id, 'accept');
    await actByApi('dispatcher', id, 'route');
    await actByApi('reviewer', id, 'review', { opinion: '经营场所位于居民楼内，不符合条件', recommendation: 'deny' });

    const approver = as.approver;
    const stale = await approver.context().newPage();
    await open(stale, `/office/cases/${id}`);
    await statusIs(stale, '待决定');

    await approver.bringToFront();
    await open(approver, `/office/cases/${id}`);
    await approver.getByRole('button', { name: '不予许可', exact: true }).click();
    await dialog(approver).getByLabel('不予许可的理由').fill('经营场所位于住宅楼内，不具备食品经营条件\n未设置与经营品种相适应的更衣、洗手设施');
    // The legal basis is filled from the item's guide once it has loaded: wait for it rather than read it once.
    await expect.poll(() => dialog(approver).getByLabel('法律依据').inputValue(), { timeout: 15_000 }).not.toBe('');
    await screenshot(approver, 'cases-deny');
    await dialog(approver).getByRole('button', { name: '确认不予许可' }).click();
    await statusIs(approver, '不予许可');

    // The other tab still shows the old version: its action is refused with a clear 409.
    await stale.bringToFront();
    await stale.getByRole('button', { name: '启动特别程序' }).click();
    await dialog(stale).getByRole('button', { name: '确认启动特别程序' }).click();
    await dialog(stale).getByText('该办件已被他人更新').waitFor();
    await screenshot(stale, 'cases-conflict');
    await dialog(stale).getByRole('button', { name: '重新加载' }).click();
    await statusIs(stale, '不予许可');
    await stale.close();

    const citizen = as.citizen;
    await open(citizen, `/portal/me/cases/${id}`);
    await citizen.getByRole('alert').filter({ hasText: '不予许可' }).waitFor();
    const notice = citizen.locator('.tb-notices');
    await notice.getByText('经营场所位于住宅楼内，不具备食品经营条件').waitFor();
    await notice.getByText('未设置与经营品种相适应的更衣、洗手设施').waitFor();
    await notice.getByText('依据：').waitFor();
    await screenshot(citizen, 'cases-denied');
    expect(caseNo).toBeTruthy();
  });
});
