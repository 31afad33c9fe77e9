import { describe, expect, it } from 'vitest';
import { apiOf, expectAccessible, screenshot, useSignedInPages } from './harness';

/**
 * Issue 11 in the browser: a 差评 round trip — the citizen rates a finished case 不满意, the
 * department records its return visit and rectification in 整改, the citizen re-rates the
 * rectification — then the supervisor's 好差评 page (the demo's appeal waiting) and the public
 * figures, with no sign-in. One browser context per role.
 */

/** 食品经营许可证核发: market regulation, the demo reviewer's and approver's department. */
const FOOD = '000101019000';

type Role = 'citizen' | 'clerk' | 'dispatcher' | 'reviewer' | 'approver' | 'supervisor';

const { as, openAnonymous } = useSignedInPages('ratings', ['citizen', 'clerk', 'dispatcher', 'reviewer', 'approver', 'supervisor'] as const);

/** A food-permit case of the citizen's, taken to 办结 through the API (the precondition of the walk). */
async function finishedCase(): Promise<{ id: string; caseNo: string }> {
  const api = await apiOf(as.citizen);
  const materials = [];
  for (const c of ['M01', 'M02', 'M03', 'M04', 'M05']) materials.push({ materialCode: `${FOOD}${c}`, fileId: await api.upload(`${c}.pdf`) });
  const form = { entityName: '包头市青山区小满餐馆', uscc: '9144030071526726XG', businessAddress: '青山区幸福路 8 号', area: 60, mainBusiness: 'catering' };
  const ref = await api.post<{ id: string; caseNo: string; version: number }>('/api/v1/cases', { itemCode: FOOD, channel: 'web', form, materials });
  const steps: [Role, string, Record<string, unknown>][] = [
    ['clerk', 'accept', { opinion: '材料齐全' }],
    ['dispatcher', 'route', {}],
    ['reviewer', 'review', { opinion: '符合条件', recommendation: 'approve' }],
    ['approver', 'approve', {}],
    ['approver', 'complete', {}],
  ];
  let version = ref.version;
  for (const [role, action, body] of steps) {
    version = (await (await apiOf(as[role])).post<{ version: number }>(`/api/v1/cases/${ref.id}/actions/${action}`, { version, ...body })).version;
  }
  return ref;
}

describe('好差评 and 整改 in the browser (issue 11)', () => {
  it(
    'rate 不满意 → the department visits and rectifies → the citizen re-rates; the supervisor and the public see the figures',
    { timeout: 300_000 },
    async () => {
      const { id, caseNo } = await finishedCase();

      // 1. The citizen rates the finished case from its page.
      const citizen = as.citizen;
      await citizen.goto(`/portal/me/cases/${id}`);
      const card = citizen.locator('.tb-rating-card');
      await card.getByRole('heading', { name: '评价' }).waitFor();
      await card.getByRole('button', { name: '提交评价' }).click();
      await card.getByRole('alert').filter({ hasText: '请选择满意程度' }).waitFor();
      await card.getByText('不满意', { exact: true }).click();
      await card.getByText('多次跑动', { exact: true }).click();
      await card.getByRole('textbox').fill('材料清单前后不一致，跑了两次');
      await expectAccessible(citizen, 'case page with the rating card');
      await card.getByRole('button', { name: '提交评价' }).click();
      await card.getByText('您的评价：不满意').waitFor();
      await card.getByText(/已转交市市场监管局整改/).waitFor();
      await screenshot(citizen, 'ratings-citizen-rated');

      // 2. The department finds it in 整改, records the return visit and the rectification.
      const reviewer = as.reviewer;
      await reviewer.goto('/office/rectifications');
      await reviewer.getByRole('heading', { level: 1, name: '整改' }).waitFor();
      await reviewer.getByRole('button', { name: caseNo }).click();
      const drawer = reviewer.getByRole('dialog');
      await drawer.getByText('待回访').first().waitFor();
      await drawer.getByLabel('回访记录').fill('已电话回访，申请人反映材料清单不一致');
      await drawer.getByRole('button', { name: '登记回访' }).click();
      await drawer.getByText('已回访', { exact: true }).waitFor();
      await drawer.getByLabel('整改结果').fill('已统一网上与窗口的材料清单');
      await drawer.getByRole('button', { name: '登记整改结果' }).click();
      await drawer.getByText('已整改', { exact: true }).waitFor();
      await expectAccessible(reviewer, 'rectification drawer');
      await screenshot(reviewer, 'ratings-rectification');

      // 3. The citizen re-rates the rectification, which closes it.
      await citizen.reload();
      await card.getByText('部门已完成整改，请您对整改结果再次评价。').waitFor();
      await card.locator('.tb-rating-rect').getByText('满意', { exact: true }).click();
      await card.getByRole('button', { name: '提交再评价' }).click();
      await card.getByText('您对整改的评价：满意').waitFor();
      const task = await (await apiOf(citizen)).get<{ rectification: { status: string } }>(`/api/v1/cases/${id}/rating`);
      expect(task.rectification.status).toBe('closed');

      // 4. The supervisor sees the demo's appeal waiting and the figures by department.
      const supervisor = as.supervisor;
      await supervisor.goto('/supervision/ratings');
      await supervisor.getByRole('heading', { level: 1, name: '好差评' }).waitFor();
      await supervisor.getByRole('table', { name: '待裁定的申诉' }).getByText('申诉中').first().waitFor();
      await supervisor.getByRole('table', { name: '好差评公示' }).getByText('市市场监管局').waitFor();
      await expectAccessible(supervisor, 'supervision ratings page');

      // 5. Anyone, signed in or not, reads the published figures from the portal.
      const anon = await openAnonymous();
      await anon.page.goto('/');
      await anon.page.getByRole('link', { name: '好差评公示' }).click();
      await anon.page.getByRole('heading', { level: 1, name: '好差评公示' }).waitFor();
      const row = anon.page.getByRole('row', { name: /市市场监管局/ });
      await row.waitFor();
      await expect(row.textContent()).resolves.not.toMatch(/王晓明|材料清单前后不一致/);
      await expectAccessible(anon.page, 'public ratings page');
      await screenshot(anon.page, 'ratings-public');
    },
  );
});
