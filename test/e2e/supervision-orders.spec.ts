import { describe, expect, it } from 'vitest';
import { apiOf, expectAccessible, screenshot, useSignedInPages } from './harness';

/**
 * Issue 11's 督办 in the browser: the supervisor opens an order from a case's page, the reviewer
 * answers it in 督办件, the supervisor sends it back, the reviewer answers again, the supervisor
 * accepts it — and the order shows, closed, on the case. One browser context per role.
 */

/** 食品经营许可证核发: market regulation, the demo reviewer's department. */
const FOOD = '000101019000';

const { as } = useSignedInPages('supervision-orders', ['citizen', 'reviewer', 'supervisor'] as const);

/** The citizen's food-permit application, submitted through the API (the precondition of the walk). */
async function submittedCase(): Promise<{ id: string }> {
  const api = await apiOf(as.citizen);
  const materials = [];
  for (const c of ['M01', 'M02', 'M03', 'M04', 'M05']) materials.push({ materialCode: `${FOOD}${c}`, fileId: await api.upload(`${c}.pdf`) });
  const form = {
    entityName: '包头市昆区督办小吃店',
    uscc: '9144030071526726XG',
    businessAddress: '昆都仑区钢铁大街 18 号',
    area: 40,
    mainBusiness: 'catering',
  };
  return api.post('/api/v1/cases', { itemCode: FOOD, channel: 'web', form, materials });
}

/** The reviewer opens the order in 督办件 and answers it. */
async function answer(orderNo: string, text: string): Promise<void> {
  const reviewer = as.reviewer;
  await reviewer.goto('/office/orders');
  await reviewer.getByRole('heading', { level: 1, name: '督办件' }).waitFor();
  await reviewer.getByRole('button', { name: orderNo }).click();
  const drawer = reviewer.getByRole('dialog');
  await drawer.getByLabel('情况说明 / 整改结果').fill(text);
  await drawer.getByRole('button', { name: '提交答复' }).click();
  await drawer.getByText('已答复待审核', { exact: true }).waitFor();
  await drawer.getByText(text, { exact: false }).first().waitFor();
}

describe('督办 in the browser (issue 11)', () => {
  it('open on a case → answered → returned → answered again → accepted; the order shows on the case', { timeout: 300_000 }, async () => {
    const { id } = await submittedCase();

    // 1. The supervisor opens an order from the case's page.
    const supervisor = as.supervisor;
    await supervisor.goto(`/supervision/cases/${id}`);
    const card = supervisor.locator('.tb-order-card');
    await card.getByText('该事项暂无督办单').waitFor();
    await card.getByRole('button', { name: '督办', exact: true }).click();
    const create = supervisor.getByRole('dialog');
    await create.getByLabel('存在问题').fill('申请提交后三天无人受理');
    await create.getByLabel('督办要求').fill('立即受理并说明延误原因');
    await expectAccessible(supervisor, 'create supervision order drawer');
    await create.getByRole('button', { name: '发起督办' }).click();
    await card.getByText('待答复', { exact: true }).waitFor();
    const orderNo = (await card.locator('.tb-mono').first().textContent())?.trim() ?? '';
    expect(orderNo).toMatch(/^DB\d{10}$/);
    await screenshot(supervisor, 'supervision-orders-opened');

    // 2. The reviewer answers in 督办件.
    await answer(orderNo, '已受理，延误系材料流转环节滞留');
    await expectAccessible(as.reviewer, 'order drawer (department)');

    // 3. The supervisor sends it back from the 督办 list.
    await supervisor.goto('/supervision/orders');
    await supervisor.getByRole('heading', { level: 1, name: '督办' }).waitFor();
    await supervisor.getByRole('table', { name: '督办' }).getByText(orderNo).waitFor();
    await expectAccessible(supervisor, 'supervision orders list');
    await supervisor.getByRole('button', { name: orderNo }).click();
    let drawer = supervisor.getByRole('dialog');
    await drawer.getByLabel('退回理由').fill('未说明今后如何避免');
    await drawer.getByRole('button', { name: '退回重办' }).click();
    await drawer.getByText('已退回', { exact: true }).waitFor();
    await supervisor.keyboard.press('Escape');

    // 4. The reviewer answers again.
    await answer(orderNo, '已建立材料流转台账，每日核对');

    // 5. The supervisor accepts it.
    await supervisor.reload();
    await supervisor.getByRole('button', { name: orderNo }).click();
    drawer = supervisor.getByRole('dialog');
    await drawer.getByText('已建立材料流转台账，每日核对', { exact: false }).first().waitFor();
    await drawer.getByRole('button', { name: '审核通过并办结' }).click();
    await drawer.getByText('已办结', { exact: true }).first().waitFor();
    await drawer.getByText('审核通过，督办办结').waitFor();
    await screenshot(supervisor, 'supervision-orders-accepted');

    // 6. The order shows, closed, on the case's page.
    await supervisor.goto(`/supervision/cases/${id}`);
    await card.getByRole('button', { name: orderNo }).waitFor();
    await card.getByText('已办结', { exact: true }).waitFor();
    await expectAccessible(supervisor, 'case page with its supervision orders');
  });
});
