import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesTestApp, setCaseTime, uploadPdf } from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';
import { makeResidentId, makeUscc } from '../../platform/ids/generate';
import { getDemoItemByName } from '../catalog/demo';

/**
 * 企业开办's timers on fixed dates across National Day 2026 (docs/decisions.md D24): applied for
 * on Wednesday 30 September at 16:00, the registration is due within 1 working day — the end of
 * Thursday 8 October, the holiday 1–7 October not counted — and the whole opening within 2, the
 * end of Friday 9 October. The bundle's own light turns yellow a day before its promise and is
 * overdue on the make-up working day Saturday 10 October.
 */

let t: TestApp;
let enterprise: Session, clerk: Session, dispatcher: Session, reviewer: Session, approver: Session;
const REG = getDemoItemByName('公司设立登记').basicCode;
const endOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`).toISOString();

beforeAll(async () => {
  t = await createCasesTestApp();
  [enterprise, clerk, dispatcher, reviewer, approver] = await Promise.all(['enterprise', 'clerk', 'dispatcher', 'reviewer', 'approver'].map((u) => t.login(u)));
});
afterAll(() => t?.close());

type Field = { key: string; type: string; required: boolean; producedBy: unknown; options?: Array<{ value: string }> };

/** A value of the field's type that passes its checks. */
function valueOf(f: Field): string | number {
  switch (f.type) {
    case 'number':
      return 100;
    case 'date':
      return '2026-10-12';
    case 'select':
      return f.options![0].value;
    case 'idNumber':
      return makeResidentId('150203', '1988-05-17', 123);
    case 'uscc':
      return makeUscc('91150203MA0N7XQ41');
    case 'mobile':
      return '13947201234';
    case 'address':
      return '昆都仑区钢铁大街 88 号';
    default:
      return '包头市鹿城餐饮管理有限公司';
  }
}

describe('企业开办 across National Day', () => {
  let id: string;

  it('dates the registration milestone and the whole opening in working days from submission', async () => {
    setCaseTime(t, '2026-09-30T16:00:00');
    const answers = { employees: 0, generalTaxpayer: false };
    const plan = (await t.call('POST', '/api/v1/bundles/enterprise-opening/plan', { body: { answers } })).json();
    expect(plan.items.filter((i: { selected: boolean }) => i.selected)).toHaveLength(8);
    const form = Object.fromEntries((plan.form as Field[]).filter((f) => f.required && !f.producedBy).map((f) => [f.key, valueOf(f)]));
    const fileId = await uploadPdf(t, enterprise);
    const materials = plan.materials.filter((m: { provision: string }) => m.provision !== 'in_bundle').map((m: { key: string }) => ({ key: m.key, fileId }));
    const res = await t.call('POST', '/api/v1/bundle-cases', { session: enterprise, body: { bundleCode: 'enterprise-opening', answers, form, materials } });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    const d = (await t.call('GET', `/api/v1/bundle-cases/${id}`, { session: enterprise })).json();
    expect(d.promisedDue).toBe(endOf('2026-10-09'));
    expect(d.milestones).toEqual([expect.objectContaining({ key: 'registration', workdays: 1, due: endOf('2026-10-08'), doneAt: null, onTime: null })]);
    expect(d.light).toBe('green');
  });

  it('keeps green through the holiday, turns yellow the day before the promise and is overdue on the make-up Saturday', async () => {
    setCaseTime(t, '2026-10-07T10:00:00');
    expect((await t.call('GET', `/api/v1/bundle-cases/${id}`, { session: enterprise })).json().light).toBe('green');
    setCaseTime(t, '2026-10-09T10:00:00');
    const late = (await t.call('GET', `/api/v1/bundle-cases/${id}`, { session: enterprise })).json();
    expect(late.light).toBe('yellow');
    expect(late.milestones[0].onTime).toBe(false);
    setCaseTime(t, '2026-10-10T10:00:00');
    expect((await t.call('GET', `/api/v1/bundle-cases/${id}`, { session: enterprise })).json().light).toBe('overdue');
  });

  it('records the registration done on time when it is decided by the end of 8 October', async () => {
    setCaseTime(t, '2026-10-08T09:00:00');
    let d = (await t.call('GET', `/api/v1/bundle-cases/${id}`, { session: clerk })).json();
    const accepted = await t.call('POST', `/api/v1/bundle-cases/${id}/actions/accept`, { session: clerk, body: { version: d.version } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const reg = d.members.find((m: { itemCode: string }) => m.itemCode === REG);
    const step = async (s: Session, action: string, body: Record<string, unknown> = {}) => {
      const cur = (await t.call('GET', `/api/v1/cases/${reg.caseId}`, { session: s })).json();
      const r = await t.call('POST', `/api/v1/cases/${reg.caseId}/actions/${action}`, { session: s, body: { version: cur.version, ...body } });
      expect(r.statusCode, `${action}: ${r.body}`).toBe(200);
    };
    setCaseTime(t, '2026-10-08T11:00:00');
    await step(dispatcher, 'route');
    await step(reviewer, 'review', { opinion: '符合设立条件', recommendation: 'approve' });
    await step(approver, 'approve', { resultCode: makeUscc('91150203MA0N7XQ52') });
    setCaseTime(t, '2026-10-08T15:00:00');
    await step(approver, 'complete');
    d = (await t.call('GET', `/api/v1/bundle-cases/${id}`, { session: enterprise })).json();
    expect(d.milestones[0]).toMatchObject({ doneAt: new Date('2026-10-08T15:00:00+08:00').toISOString(), onTime: true });
    setCaseTime(t, null);
  });
});
