import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCaseTime } from '../../../../test/factories/cases';
import { createSupervisionTestApp, ORDER, submittedCase } from '../../../../test/factories/supervision';
import type { TestApp } from '../../../../test/helpers/test-app';
import { findActorsByUsername } from '../../platform/auth/actors';
import type { Actor } from '../../platform/auth/roles';
import { supervisionOrderFigures } from './index';
import { escalateDueOrders } from './supervision.escalation';
import { createOrder, performOrderAction } from './supervision.service';

/**
 * The order figures for scoring on a small dataset computed by hand (December 2026):
 * - O1 case order (market regulation, the case's district), 1 working day, answered in time;
 * - O2 department order (market regulation, city), 1 working day, never answered, escalated;
 * - O3 department order (urban management, city), 1 working day, escalated, then answered two days late;
 * - O4 opened on 30 November: outside the period;
 * - O5 opened on 28 December, 10 working days: due in January, so not overdue in December.
 */

let t: TestApp;
let supervisor: Actor, reviewer: Actor, handler: Actor;
let district: string;
const at = (local: string) => new Date(`${local}+08:00`);

beforeAll(async () => {
  t = await createSupervisionTestApp();
  setCaseTime(t, '2026-12-01T09:00:00');
  const c = await submittedCase(t, await t.login('citizen'));
  district = c.regionCode;
  const a = await findActorsByUsername(t.ctx.db, ['supervisor', 'reviewer', 'handler']);
  [supervisor, reviewer, handler] = [a.get('supervisor')!, a.get('reviewer')!, a.get('handler')!];

  const open = (subject: { subjectKind: 'case' | 'department'; subjectId: string }, workdays: number, local: string) =>
    createOrder(t.ctx, supervisor, { ...ORDER, ...subject, workdays }, at(local));
  const o1 = await open({ subjectKind: 'case', subjectId: c.id }, 1, '2026-12-01T10:00:00');
  await open({ subjectKind: 'department', subjectId: 'market-regulation' }, 1, '2026-12-01T10:00:00');
  const o3 = await open({ subjectKind: 'department', subjectId: 'urban-management' }, 1, '2026-12-01T10:00:00');
  await open({ subjectKind: 'department', subjectId: 'market-regulation' }, 1, '2026-11-30T10:00:00');
  await open({ subjectKind: 'department', subjectId: 'market-regulation' }, 10, '2026-12-28T10:00:00');
  await performOrderAction(t.ctx, reviewer, o1.id, 'answer', { version: 1, note: '已办结', fileIds: [] }, at('2026-12-02T10:00:00'));
  // The sweep on 3 December escalates O2, O3 (not answered until the 4th) and O4 (opened in November).
  await escalateDueOrders(t.ctx, at('2026-12-03T09:00:00'));
  await performOrderAction(t.ctx, handler, o3.id, 'answer', { version: 2, note: '已整改', fileIds: [] }, at('2026-12-04T10:00:00'));
});
afterAll(() => t?.close());

const december = { from: at('2026-12-01T00:00:00'), to: at('2027-01-01T00:00:00') };

describe('supervisionOrderFigures', () => {
  it('by department: opened, answered on time, overdue, escalated', async () => {
    const rows = await supervisionOrderFigures(t.ctx.db, { ...december, by: 'department' });
    expect(rows).toEqual([
      { key: 'market-regulation', opened: 3, answeredOnTime: 1, overdue: 1, escalated: 1 },
      { key: 'urban-management', opened: 1, answeredOnTime: 0, overdue: 1, escalated: 1 },
    ]);
  });

  it('by region: the case order in its district, the department orders in the city', async () => {
    expect(district).not.toBe('150200');
    const rows = await supervisionOrderFigures(t.ctx.db, { ...december, by: 'region' });
    expect(rows).toEqual(
      [
        { key: district, opened: 1, answeredOnTime: 1, overdue: 0, escalated: 0 },
        { key: '150200', opened: 3, answeredOnTime: 0, overdue: 2, escalated: 2 },
      ].sort((a, b) => a.key.localeCompare(b.key)),
    );
  });

  it('a period with no orders has no rows: no data, never a perfect score', async () => {
    expect(await supervisionOrderFigures(t.ctx.db, { from: at('2026-10-01T00:00:00'), to: at('2026-11-01T00:00:00'), by: 'department' })).toEqual([]);
  });
});
