import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiOf, chooseOption, DEMO_PASSWORD, expectAccessible, pdf, screenshot, useSignedInPages } from './harness';

/**
 * "一件事一次办" in the browser (docs/domain.md S12/S13, issue 14): the demo enterprise applies for
 * 开办饭店 online in one application — the questions, the items they select and why, the merged
 * form once, each material once, delivery and the declaration — gets one bundle number and follows
 * the members on 开办进度; a window clerk registers 企业开办 for a walk-in applicant and accepts the
 * whole bundle with one button. Both pages are checked with axe and at a phone's width. Then the
 * back office (docs/decisions.md D24): the demo's bundles on 我的一件事 and 开办进度; a 开办药店
 * accepted at the window as one thing, one 补正 notice across its members answered once by the
 * applicant, the registration reviewed and approved in the office, its licence handed to the later
 * members, which the window then accepts, the drug licence decided, everything issued together
 * and the applicant seeing every member and the bundle completed; and the applicant withdrawing
 * the demo's 企业开办, which ends every open member.
 */

type Account = 'enterprise' | 'clerk' | 'citizen' | 'dispatcher' | 'reviewer' | 'approver';
const { as, openAnonymous } = useSignedInPages<Account>('bundles', ['enterprise', 'clerk', 'citizen', 'dispatcher', 'reviewer', 'approver']);

interface Plan {
  items: Array<{ itemCode: string; name: string; selected: boolean; reason: string; stage: number }>;
  form: Array<{ key: string; label: string; type: string; required: boolean; options?: Array<{ value: string; labelZh: string }> }>;
  materials: Array<{ key: string; name: string; required: boolean; provision: 'upload' | 'shared' | 'in_bundle'; producedBy: { name: string } | null }>;
  promisedWorkdays: number;
}

const step = (page: Page, name: string) => page.locator(`[data-step="${name}"]`);

/** The value a required merged field gets when the prefill left it empty. */
function sample(type: string, label: string): string {
  switch (type) {
    case 'number':
      return label.includes('资本') ? '50' : '3';
    case 'date':
      return '2026-06-01';
    case 'idNumber':
      return '150203198805171237';
    case 'uscc':
      return '91150203MA0NB4KQ7W';
    case 'mobile':
      return '13904721234';
    case 'address':
      return '昆都仑区阿尔丁大街 8 号';
    default:
      if (label.includes('名称')) return '包头市鹿城餐饮管理有限公司';
      if (label.includes('范围')) return '餐饮服务；预包装食品销售';
      if (/[（(](米|平方米|立方米|人|万元)[）)]/.test(label)) return '5';
      if (label.includes('姓名') || label.includes('代表') || label.includes('人')) return '王晓明';
      return '见所附材料';
  }
}

/** Fills every required field of the merged form that is still empty (智能填单 fills some first). */
async function fillForm(page: Page, plan: Plan): Promise<void> {
  const scope = step(page, 'form');
  for (const f of plan.form.filter((x) => x.required)) {
    if (f.type === 'select') {
      const chosen = scope.locator('.ant-form-item', { has: page.getByLabel(f.label, { exact: true }) }).locator('.ant-select-content[title]');
      if ((await chosen.count()) === 0) await chooseOption(page, f.label, f.options?.[0]?.labelZh ?? '', { scope });
      continue;
    }
    const input = scope.getByLabel(f.label, { exact: true });
    if ((await input.inputValue()) === '') await input.fill(sample(f.type, f.label));
  }
}

async function uploadAll(page: Page, plan: Plan): Promise<void> {
  for (const m of plan.materials.filter((x) => x.provision === 'upload')) {
    const row: Locator = step(page, 'materials').locator(`[data-material="${m.key}"]`);
    await row.locator('input[type=file]').setInputFiles(pdf(`${m.key}.pdf`));
    await row.getByText('已提交 1 份').waitFor();
  }
}

/** No sideways scrolling at the page's width. */
async function expectNoSideScroll(page: Page, label: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `${label} scrolls sideways`).toBeLessThanOrEqual(width);
}

describe('一件事一次办 (issue 14)', () => {
  let bundleId = '';

  it('signed out, 在线申请 on the guide signs in first and comes back to the application', { timeout: 120_000 }, async () => {
    const { page } = await openAnonymous();
    await page.goto('/bundles/open-restaurant');
    await page.getByRole('heading', { level: 1, name: '开办饭店' }).waitFor();
    await page.getByRole('link', { name: /在线申请/ }).click();
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel('用户名').fill('enterprise');
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(/\/portal\/me\/bundles\/apply\/open-restaurant$/);
    await page.getByRole('heading', { level: 1, name: '在线申请：开办饭店' }).waitFor();
  });

  it('the enterprise opens a restaurant in one online application and follows it on 开办进度', { timeout: 300_000 }, async () => {
    const page = as.enterprise;
    const answers = { entityType: 'company', floorArea: 120, usesGas: false };
    const plan = await (await apiOf(page)).post<Plan>('/api/v1/bundles/open-restaurant/plan', { answers });

    await page.goto('/bundles/open-restaurant');
    await page.getByRole('link', { name: /在线申请/ }).click();
    await page.getByRole('heading', { level: 1, name: '在线申请：开办饭店' }).waitFor();

    // 1. The questions.
    await page.getByRole('heading', { name: '第 1 步（共 6 步）：回答问题' }).waitFor();
    await page.getByRole('radio', { name: '公司（有限责任公司等）' }).check();
    await page.getByLabel('经营场所建筑面积是多少？').fill('120');
    await page.getByRole('radio', { name: '否' }).check();
    await expectAccessible(page, 'bundle questions');
    await screenshot(page, 'bundles-apply-questions');
    await page.getByRole('button', { name: '查看需要办理的事项' }).click();

    // 2. The items the answers select and why, those left out and why not, the promise, the saving.
    await page.getByRole('heading', { name: '第 2 步（共 6 步）：确认事项' }).waitFor();
    const shown = step(page, 'plan');
    for (const i of plan.items) {
      const row = shown.locator(`[data-item="${i.itemCode}"]`);
      await row.getByText(i.reason).waitFor();
    }
    expect(plan.items.find((i) => i.name === '公司设立登记')?.selected).toBe(true);
    expect(plan.items.find((i) => i.name === '个体工商户设立登记')?.selected).toBe(false);
    const selectedCount = plan.items.filter((i) => i.selected).length;
    await shown.getByText(`承诺 ${plan.promisedWorkdays} 个工作日内全部办结（共 ${selectedCount} 个事项）`).waitFor();
    await shown.getByRole('table').getByRole('rowheader', { name: '上传材料' }).waitFor();
    await expectAccessible(page, 'bundle plan');
    await screenshot(page, 'bundles-apply-plan');
    await shown.getByRole('button', { name: '填写申请表' }).click();

    // 3. The merged form, each field once.
    await page.getByRole('heading', { name: '第 3 步（共 6 步）：填写表单' }).waitFor();
    await fillForm(page, plan);
    await screenshot(page, 'bundles-apply-form');
    await step(page, 'form').getByRole('button', { name: '下一步：上传材料' }).click();

    // 4. Each material once; the business licence comes from company registration, not uploaded.
    await page.getByRole('heading', { name: '第 4 步（共 6 步）：上传材料' }).waitFor();
    await uploadAll(page, plan);
    for (const m of plan.materials.filter((x) => x.provision === 'in_bundle')) {
      await step(page, 'materials')
        .locator(`[data-material="${m.key}"]`)
        .getByText(`由本事项中的《${m.producedBy?.name ?? ''}》办结后自动获取`)
        .waitFor();
    }
    await expectAccessible(page, 'bundle materials');
    await screenshot(page, 'bundles-apply-materials');
    await step(page, 'materials').getByRole('button', { name: '下一步：确认提交' }).click();

    // 5. Delivery, check the answers, the declaration; submitting without it is refused.
    await page.getByRole('heading', { name: '第 5 步（共 6 步）：确认提交' }).waitFor();
    const submitStep = step(page, 'submit');
    await submitStep.getByRole('radio', { name: '邮寄送达（免费）' }).check();
    await submitStep.getByLabel('邮寄地址').fill('包头市昆都仑区阿尔丁大街 8 号 鹿城餐饮 王晓明收');
    await submitStep.getByRole('button', { name: '提交申请' }).click();
    await submitStep.getByText('请先勾选承诺书').waitFor();
    await submitStep.getByRole('checkbox').check();
    await expectAccessible(page, 'bundle check and submit');
    await screenshot(page, 'bundles-apply-submit');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/bundle-cases') && r.request().method() === 'POST'),
      submitStep.getByRole('button', { name: '提交申请' }).click(),
    ]);
    expect(response.status(), await response.text()).toBe(201);
    const sent = response.request().postDataJSON() as { bundleCode: string; answers: unknown; delivery: unknown; materials: unknown[] };
    expect(sent.bundleCode).toBe('open-restaurant');
    expect(sent.answers).toEqual(answers);
    expect(sent.delivery).toEqual({ timing: 'together', mode: 'express', address: '包头市昆都仑区阿尔丁大街 8 号 鹿城餐饮 王晓明收' });
    expect(sent.materials).toHaveLength(plan.materials.filter((m) => m.provision === 'upload').length);
    const created = (await response.json()) as { id: string; bundleNo: string; cases: unknown[] };
    expect(created.cases).toHaveLength(selectedCount);
    bundleId = created.id;

    // 6. The confirmation: the bundle number and the promised date in words.
    await expect(page.getByTestId('bundle-no').textContent()).resolves.toBe(created.bundleNo);
    await page.getByText(/承诺最迟于 (\d{4}年)?\d{1,2}月\d{1,2}日星期. 前全部办结/).waitFor();
    await screenshot(page, 'bundles-apply-done');
    await page.getByRole('button', { name: '查看开办进度' }).click();
    await page.waitForURL(`**/portal/me/bundles/${bundleId}`);

    // 开办进度: every member with its status, by stage.
    await page.getByRole('heading', { level: 1, name: '开办进度：开办饭店' }).waitFor();
    for (const i of plan.items.filter((x) => x.selected)) await page.locator(`.tb-bundle-member[data-item="${i.itemCode}"]`).getByText('已申请').waitFor();
    await page.getByRole('heading', { name: '第 1 阶段' }).waitFor();
    await expectAccessible(page, 'bundle progress');
    await screenshot(page, 'bundles-progress');

    // 我的一件事 lists it.
    await page.getByRole('link', { name: '我的一件事' }).click();
    await page.getByRole('link', { name: created.bundleNo }).waitFor();

    // A phone: the wizard and the progress page fit the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/portal/me/bundles/${bundleId}`);
    await page.locator('.tb-bundle-member').first().waitFor();
    await expectNoSideScroll(page, 'progress page');
    await expectAccessible(page, 'bundle progress on a phone');
    await screenshot(page, 'bundles-progress-phone');
    await page.goto('/portal/me/bundles/apply/open-restaurant');
    await page.getByRole('radio', { name: '公司（有限责任公司等）' }).check();
    await page.getByLabel('经营场所建筑面积是多少？').fill('320');
    await page.getByRole('radio', { name: '是' }).check();
    await expectNoSideScroll(page, 'questions');
    await screenshot(page, 'bundles-apply-questions-phone');
    await page.getByRole('button', { name: '查看需要办理的事项' }).click();
    await page.getByRole('heading', { name: '第 2 步（共 6 步）：确认事项' }).waitFor();
    await expectNoSideScroll(page, 'plan');
    await expectAccessible(page, 'bundle plan on a phone');
    await screenshot(page, 'bundles-apply-plan-phone');
    await page.setViewportSize({ width: 1366, height: 860 });
  });

  it('a window clerk registers 企业开办 for a walk-in applicant and accepts the whole bundle', { timeout: 300_000 }, async () => {
    const page = as.clerk;
    const answers = { employees: 3, generalTaxpayer: false };
    const plan = await (await apiOf(page)).post<Plan>('/api/v1/bundles/enterprise-opening/plan', { answers });

    await page.goto('/window/bundles');
    await page.getByRole('heading', { level: 1, name: '一件事受理' }).waitFor();
    await page.getByRole('link', { name: '现场申请一件事' }).click();
    await page.waitForURL('**/window/bundles/new');
    await chooseOption(page, '一件事', '企业开办');

    const first = step(page, 'questions');
    await first.getByRole('textbox', { name: '居民身份证号码' }).fill('11010519491231002X');
    await first.getByText(/证件号码校验通过/).waitFor();
    await first.getByRole('textbox', { name: '姓名' }).fill('赵敏');
    await first.getByRole('textbox', { name: '联系电话' }).fill('13904721234');
    await first.getByLabel('首批参保职工有多少人？').fill('3');
    await first.getByRole('radio', { name: '否' }).check();
    await expectAccessible(page, 'walk-in bundle questions');
    await screenshot(page, 'bundles-window-new');
    await first.getByRole('button', { name: '查看需要办理的事项' }).click();

    await page.getByRole('heading', { name: '第 2 步（共 6 步）：确认事项' }).waitFor();
    await step(page, 'plan').getByText('其中设立登记：1 个工作日内').waitFor();
    await step(page, 'plan').getByRole('button', { name: '填写申请表' }).click();
    await fillForm(page, plan);
    await step(page, 'form').getByRole('button', { name: '下一步：上传材料' }).click();
    await uploadAll(page, plan);
    await step(page, 'materials').getByRole('button', { name: '下一步：确认提交' }).click();
    await step(page, 'submit').getByRole('checkbox').check();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/bundle-cases') && r.request().method() === 'POST'),
      step(page, 'submit').getByRole('button', { name: '提交申请' }).click(),
    ]);
    expect(response.status(), await response.text()).toBe(201);
    const sent = response.request().postDataJSON() as { channel: string; applicant: unknown };
    expect(sent.channel).toBe('window');
    expect(sent.applicant).toEqual({ idType: 'resident_id', idNumber: '11010519491231002X', name: '赵敏', mobile: '13904721234' });
    const created = (await response.json()) as { id: string; bundleNo: string };
    await page.getByTestId('bundle-no').filter({ hasText: created.bundleNo }).waitFor();
    await page.getByRole('button', { name: '打开一件事受理' }).click();
    await page.waitForURL(`**/window/bundles/${created.id}`);

    // The bundle as one thing: accepted with one button.
    await page.getByRole('heading', { level: 1, name: '企业开办' }).waitFor();
    await page.locator('.tb-case-sub').getByText('已申请').waitFor();
    await page.getByText('时限节点').waitFor();
    await expectAccessible(page, 'window bundle page');
    await screenshot(page, 'bundles-window-bundle');
    // The button's name includes its icon's ("check 受理").
    await page.locator('.tb-bundle-window-actions').getByRole('button', { name: '受理' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '受理', exact: true }).click();
    await page.locator('.tb-case-sub').getByText('办理中').waitFor();
    // Members whose materials are complete move on (an instant one, 企业名称自主申报, is done at once).
    await page
      .locator('.tb-bundle-member')
      .getByText(/已受理|审查中|已办结/)
      .first()
      .waitFor();
    await page.locator('.tb-timeline').getByText('一窗受理').waitFor();
    await screenshot(page, 'bundles-window-accepted');

    // The region's list has it.
    await page.goto('/window/bundles');
    await page.getByRole('link', { name: created.bundleNo }).waitFor();
    await expectAccessible(page, 'window bundle list');
  });
});

interface BundleDetail {
  id: string;
  bundleNo: string;
  bundleCode: string;
  status: string;
  version: number;
  actions: string[];
  members: Array<{ caseId: string; caseNo: string | null; itemCode: string; itemName: string; stage: number; status: string; waitingFor: string[] }>;
  rating: { level: number } | null;
}

const REG = '公司设立登记';
const DRUGS = '药品经营许可证（零售）核发';
const SIGN = '户外招牌设置备案';
/** The pharmacy company the registration creates (昆都仑区), a valid credit code: the later members get it. */
const PHARMACY_USCC = '91150203MA0R7K3N1J';

const dialog = (page: Page) => page.locator('.ant-modal:visible');
const headerStatus = (page: Page, status: string) => page.locator('.tb-case-sub .tb-case-tag', { hasText: status }).waitFor();
const memberRow = (page: Page, itemName: string) => page.locator('.tb-bundle-member', { has: page.getByRole('link', { name: itemName, exact: true }) });

async function bundleOf(page: Page, id: string): Promise<BundleDetail> {
  return (await apiOf(page)).get<BundleDetail>(`/api/v1/bundle-cases/${id}`);
}

/** Moves a member case on through the API as the page's user (the steps this walk does not click through). */
async function memberAct(page: Page, caseId: string, action: string, body: Record<string, unknown> = {}): Promise<void> {
  const api = await apiOf(page);
  const { version } = await api.get<{ version: number }>(`/api/v1/cases/${caseId}`);
  await api.post(`/api/v1/cases/${caseId}/actions/${action}`, { version, ...body });
}

const member = (d: BundleDetail, itemName: string) => {
  const m = d.members.find((x) => x.itemName === itemName);
  if (!m) throw new Error(`no member ${itemName} in ${d.bundleNo}`);
  return m;
};

describe('一件事 through the back office (issue 14)', () => {
  it('the demo: the citizen’s 我的一件事 and 开办进度 show a restaurant in progress and a 企业开办 just submitted', { timeout: 120_000 }, async () => {
    const page = as.citizen;
    await page.goto('/portal/me/bundles');
    await page.getByRole('heading', { level: 1, name: '我的一件事' }).waitFor();
    const table = page.getByRole('table', { name: '我的一件事' });
    await table.getByRole('row', { name: /开办饭店.*办理中.*2\/6 已出件/ }).waitFor();
    await table.getByRole('row', { name: /企业开办.*已申请.*0\/9 已出件/ }).waitFor();
    await expectAccessible(page, 'my bundles list');
    await screenshot(page, 'bundles-demo-mine');

    await table
      .getByRole('row', { name: /开办饭店/ })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { level: 1, name: '开办进度：开办饭店' }).waitFor();
    await headerStatus(page, '办理中');
    await memberRow(page, REG).getByText('已出件').waitFor();
    await memberRow(page, SIGN).getByText('已出件').waitFor();
    await memberRow(page, '食品经营许可证核发').getByText('待决定').waitFor();
    for (const item of ['城镇污水排入排水管网许可', '公众聚集场所投入使用、营业前消防安全检查', '燃气报装'])
      await memberRow(page, item).getByText('审查中').waitFor();
    await memberRow(page, '城镇污水排入排水管网许可').getByText('市水务局').waitFor();
    await expect(page.locator('.tb-bundle-waiting').count()).resolves.toBe(0);
    await screenshot(page, 'bundles-demo-progress');
  });

  it('a 开办药店 is accepted as one thing, corrected once across members, handled by the departments and issued together', { timeout: 420_000 }, async () => {
    const { citizen, clerk, dispatcher, reviewer, approver } = as;

    // The citizen applies online (the wizard has its own walk above): every material once, the licence from the registration.
    const api = await apiOf(citizen);
    const answers = { classIIIDevices: false };
    const plan = await api.post<Plan>('/api/v1/bundles/open-pharmacy/plan', { answers });
    const materials = [];
    for (const m of plan.materials.filter((x) => x.required && x.provision !== 'in_bundle'))
      materials.push({ key: m.key, fileId: await api.upload(`${m.name}.pdf`) });
    const created = await api.post<{ id: string; bundleNo: string }>('/api/v1/bundle-cases', {
      bundleCode: 'open-pharmacy',
      answers,
      form: {
        entityName: '包头市昆都仑区康宁大药房有限公司',
        registeredCapital: 30,
        businessScope: '药品零售；第二类医疗器械零售；预包装食品销售',
        businessAddress: '昆都仑区阿尔丁大街 66 号',
        legalRepName: '王晓明',
        pharmacist: '韩雪梅',
        signSize: '6.0×1.0',
      },
      materials,
      delivery: { timing: 'together', mode: 'e_licence' },
    });
    const id = created.id;

    // 1. The window finds it in 一件事受理 and accepts it with one button; the later stage waits for the licence.
    await clerk.goto('/window/bundles');
    await clerk.getByRole('link', { name: created.bundleNo }).click();
    await clerk.waitForURL(`**/window/bundles/${id}`);
    await clerk.getByRole('heading', { level: 1, name: '开办药店' }).waitFor();
    await headerStatus(clerk, '已申请');
    await memberRow(clerk, DRUGS).getByText(`等待前一阶段的结果：${REG}`).waitFor();
    await clerk.locator('.tb-bundle-window-actions').getByRole('button', { name: '受理' }).click();
    await clerk.locator('.ant-modal-confirm').getByRole('button', { name: '受理', exact: true }).click();
    await headerStatus(clerk, '办理中');
    await memberRow(clerk, REG).getByText('已受理').waitFor();
    await memberRow(clerk, DRUGS).getByText('已申请').waitFor();
    await screenshot(clerk, 'bundles-flow-accepted');

    // 2. One correction notice across three members: a material, a field, another material.
    await clerk.locator('.tb-bundle-window-actions').getByRole('button', { name: '一次性告知补正' }).click();
    const notice = dialog(clerk);
    await notice.getByText('一次性补正告知').waitFor();
    const lines = [
      { item: REG, target: '材料：公司章程', problem: '章程未载明股东出资期限，请补充后重新上传' },
      { item: DRUGS, target: '信息：执业药师姓名', problem: '执业药师姓名与注册证不一致' },
      { item: SIGN, target: '材料：招牌设计效果图', problem: '效果图未标注招牌尺寸' },
    ];
    for (const [i, l] of lines.entries()) {
      if (i > 0) await notice.getByRole('button', { name: '再加一条' }).click();
      await chooseOption(clerk, `第 ${i + 1} 条所属事项`, l.item, { scope: notice });
      await chooseOption(clerk, `第 ${i + 1} 条涉及的材料或信息`, l.target, { scope: notice, type: true });
      await notice.getByLabel(`第 ${i + 1} 条问题`).fill(l.problem);
    }
    await expectAccessible(clerk, 'bundle correction dialog');
    await screenshot(clerk, 'bundles-flow-correction-dialog');
    await notice.getByRole('button', { name: '发出补正通知' }).click();
    await notice.waitFor({ state: 'detached' });
    await headerStatus(clerk, '待补正');

    // The applicant gets one notice listing all of it, and answers it once.
    await citizen.goto(`/portal/me/bundles/${id}`);
    const card = citizen.locator('.tb-bundle-correction');
    await card.getByText('以下 3 项需要补正').waitFor();
    for (const l of lines) await card.locator('.tb-bundle-correction-list > li', { hasText: l.item }).getByText(l.problem).waitFor();
    await card.getByLabel('执业药师姓名').fill('韩雪梅（执业药师注册证号 NO.1502030512）');
    const byName = (name: string) => plan.materials.find((m) => m.name === name)?.key ?? '';
    for (const name of ['公司章程', '招牌设计效果图']) {
      const row = card.locator(`[data-material="${byName(name)}"]`);
      await row.locator('input[type=file]').setInputFiles(pdf(`${name}（补正）.pdf`));
      await row.getByText('已提交 1 份').waitFor();
    }
    await expectAccessible(citizen, 'bundle correction notice (applicant)');
    await screenshot(citizen, 'bundles-flow-correction-applicant');
    await card.getByRole('button', { name: '提交补正' }).click();
    await card.waitFor({ state: 'detached' });
    await headerStatus(citizen, '办理中');
    let d = await bundleOf(citizen, id);
    expect(d.members.map((m) => [m.itemName, m.status]).sort()).toEqual(
      [
        [REG, 'accepted'],
        [DRUGS, 'submitted'],
        ['第二类医疗器械经营备案', 'submitted'],
        ['仅销售预包装食品备案', 'submitted'],
        [SIGN, 'submitted'],
      ].sort(),
    );

    // 3. The registration in the office: routed, then reviewed and approved on screen with the new company's code.
    const reg = member(d, REG);
    await memberAct(dispatcher, reg.caseId, 'route');
    await reviewer.goto('/office/todo');
    await reviewer.getByRole('link', { name: reg.caseNo ?? '' }).click();
    await reviewer.locator('.tb-case-sub .tb-case-tag', { hasText: '审查中' }).waitFor();
    await reviewer.getByRole('button', { name: '审查', exact: true }).click();
    await dialog(reviewer).getByLabel('审查意见').fill('章程已补正，名称、住所和出资符合设立条件');
    await dialog(reviewer).getByRole('button', { name: '确认审查' }).click();
    await reviewer.locator('.tb-case-sub .tb-case-tag', { hasText: '待决定' }).waitFor();
    await approver.goto('/office/todo');
    await approver.getByRole('link', { name: reg.caseNo ?? '' }).click();
    await approver.getByRole('button', { name: '准予许可', exact: true }).click();
    await dialog(approver).getByLabel('结果编号（选填）').fill(PHARMACY_USCC);
    await dialog(approver).getByRole('button', { name: '确认准予许可' }).click();
    await approver.locator('.tb-case-sub .tb-case-tag', { hasText: '准予许可' }).waitFor();
    await approver.getByRole('button', { name: '办结', exact: true }).click();
    await dialog(approver).getByRole('button', { name: '确认办结' }).click();
    await approver.locator('.tb-case-sub .tb-case-tag', { hasText: '已办结' }).waitFor();
    await screenshot(approver, 'bundles-flow-office-registration');

    // The hand-over job gives the later members the licence and the credit code; the window accepts them.
    const drugs = member(await bundleOf(clerk, id), DRUGS);
    expect(drugs.waitingFor).toEqual([]);
    const drugsCase = async () => (await apiOf(clerk)).get<{ form: { uscc?: string } }>(`/api/v1/cases/${drugs.caseId}`);
    await expect.poll(async () => (await drugsCase()).form.uscc, { timeout: 60_000, interval: 500 }).toBe(PHARMACY_USCC);
    await clerk.reload();
    await memberRow(clerk, DRUGS).getByText('已申请').waitFor();
    await expect(memberRow(clerk, DRUGS).locator('.tb-bundle-waiting').count()).resolves.toBe(0);
    await clerk.locator('.tb-bundle-window-actions').getByRole('button', { name: '受理' }).click();
    await clerk.locator('.ant-modal-confirm').getByRole('button', { name: '受理', exact: true }).click();
    await memberRow(clerk, DRUGS).getByText('已受理').waitFor();
    // The filings are 即办件: done at the window on acceptance.
    for (const item of ['第二类医疗器械经营备案', '仅销售预包装食品备案', SIGN]) await memberRow(clerk, item).getByText('已办结').waitFor();
    // Results go out together (the applicant's choice): nothing to issue while the drug licence is open.
    await expect(clerk.locator('.tb-bundle-window-actions').getByRole('button', { name: '统一出件' }).count()).resolves.toBe(0);
    await screenshot(clerk, 'bundles-flow-stage-2-accepted');

    // The drug licence through the department by the API.
    await memberAct(dispatcher, drugs.caseId, 'route');
    await memberAct(reviewer, drugs.caseId, 'review', {
      opinion: '经现场检查，营业场所、仓库和质量管理制度符合《药品经营质量管理规范》',
      recommendation: 'approve',
    });
    await memberAct(approver, drugs.caseId, 'approve', { resultCode: '蒙AA4720126' });
    await memberAct(approver, drugs.caseId, 'complete');
    d = await bundleOf(clerk, id);
    expect(d.status).toBe('ready');

    // 4. Issued together at the window.
    await clerk.reload();
    await headerStatus(clerk, '待出件');
    await clerk.locator('.tb-bundle-window-actions').getByRole('button', { name: '统一出件' }).click();
    const issue = dialog(clerk);
    await issue.getByText('将一并送达 5 个已办结事项的结果。').waitFor();
    await expectAccessible(clerk, 'bundle issue dialog');
    await screenshot(clerk, 'bundles-flow-issue-dialog');
    await issue.getByRole('button', { name: '统一出件' }).click();
    await issue.waitFor({ state: 'detached' });
    await headerStatus(clerk, '已办结');
    await screenshot(clerk, 'bundles-flow-window-completed');

    // The applicant's 开办进度: every member issued, the bundle completed.
    await citizen.reload();
    await headerStatus(citizen, '已办结');
    await citizen.getByRole('heading', { name: '各事项办理情况（已出件 5/5）' }).waitFor();
    for (const m of d.members) await memberRow(citizen, m.itemName).getByText('已出件').waitFor();
    await citizen.getByText(/^已于 (\d{4}年)?\d{1,2}月\d{1,2}日星期. 全部办结$/).waitFor();
    await citizen.locator('.tb-timeline').getByText('统一出件').waitFor();
    await expectAccessible(citizen, 'completed bundle (applicant)');
    await screenshot(citizen, 'bundles-flow-applicant-completed');
    const done = await bundleOf(citizen, id);
    expect(done.status).toBe('completed');
    expect(done.members.every((m) => m.status === 'issued')).toBe(true);

    // The applicant rates the service as a whole, once; each stage keeps its own rating on its case.
    const rate = citizen.getByTestId('bundle-rating');
    await rate.getByRole('heading', { name: '评价这件事' }).waitFor();
    await rate.getByText('非常满意', { exact: true }).click();
    await rate.getByRole('button', { name: '提交评价' }).click();
    await rate.getByText('您的评价：非常满意').waitFor();
    await citizen
      .getByRole('link', { name: /评价此环节/ })
      .first()
      .waitFor();
    await expectAccessible(citizen, 'rated bundle (applicant)');
    await screenshot(citizen, 'bundles-flow-applicant-rated');
    expect((await bundleOf(citizen, id)).rating).toMatchObject({ level: 5 });
  });

  it('the applicant withdraws the demo’s 企业开办: every open member ends, what was done stays done', { timeout: 180_000 }, async () => {
    const { citizen, clerk } = as;
    const mine = await (
      await apiOf(citizen)
    ).get<{ items: Array<{ id: string; bundleNo: string; bundleCode: string; status: string }> }>('/api/v1/bundle-cases');
    const opening = mine.items.find((b) => b.bundleCode === 'enterprise-opening' && b.status === 'submitted');
    if (!opening) throw new Error('the demo has no 企业开办 waiting for the window');
    // The window has accepted it meanwhile: the name declaration is done on the spot, the registration is under way.
    const before = await bundleOf(clerk, opening.id);
    await (await apiOf(clerk)).post(`/api/v1/bundle-cases/${opening.id}/actions/accept`, { version: before.version });

    await citizen.goto('/portal/me/bundles');
    await citizen.getByRole('link', { name: opening.bundleNo }).click();
    await citizen.getByRole('heading', { level: 1, name: '开办进度：企业开办' }).waitFor();
    await memberRow(citizen, '企业名称自主申报').getByText('已办结').waitFor();
    await memberRow(citizen, REG).getByText('已受理').waitFor();
    await citizen.getByRole('button', { name: '撤回整个一件事' }).click();
    const confirm = citizen.locator('.ant-modal-confirm');
    await confirm.getByText('全部 9 个事项将一并撤回，撤回后不能恢复，如需办理须重新申请。').waitFor();
    await confirm.getByLabel('撤回原因（选填）').fill('合伙人变更，另行申请');
    await expectAccessible(citizen, 'bundle withdraw dialog');
    await screenshot(citizen, 'bundles-withdraw-dialog');
    await confirm.getByRole('button', { name: '撤回', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await headerStatus(citizen, '已撤回');
    await memberRow(citizen, REG).getByText('已撤回').waitFor();
    await expect(citizen.getByRole('button', { name: '撤回整个一件事' }).count()).resolves.toBe(0);
    await screenshot(citizen, 'bundles-withdrawn');

    const after = await bundleOf(clerk, opening.id);
    expect(after.status).toBe('withdrawn');
    expect(after.actions).toEqual([]);
    for (const m of after.members) expect([m.itemName, m.status]).toEqual([m.itemName, m.itemName === '企业名称自主申报' ? 'completed' : 'withdrawn']);
    await clerk.goto('/window/bundles');
    await clerk.getByRole('row', { name: new RegExp(`${opening.bundleNo}.*已撤回`) }).waitFor();
  });
});
