import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiOf, chooseOption, DEMO_PASSWORD, expectAccessible, pdf, screenshot, useSignedInPages } from './harness';

/**
 * "一件事一次办" in the browser (docs/domain.md S12/S13, issue 14): the demo enterprise applies for
 * 开办饭店 online in one application — the questions, the items they select and why, the merged
 * form once, each material once, delivery and the declaration — gets one bundle number and follows
 * the members on 开办进度; a window clerk registers 企业开办 for a walk-in applicant and accepts the
 * whole bundle with one button. Both pages are checked with axe and at a phone's width.
 */

type Account = 'enterprise' | 'clerk';
const { as, openAnonymous } = useSignedInPages<Account>('bundles', ['enterprise', 'clerk']);

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
    await page.getByText(/承诺最迟于 \d{4}年\d{1,2}月\d{1,2}日星期. 前全部办结/).waitFor();
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
