import { AppError } from '../../platform/errors';
import { dateOf } from './cases.accept';
import { CASE_ERR } from './cases.errors';
import { notifyStaff } from './cases.notify';
import * as repo from './cases.repository';
import type { ActionBody } from './cases.schemas';
import type { ActionCtx, ActionHandler, ActionOutcome } from './cases.transition';

/** Middle office (中台): routing accepted cases to departments and reassigning them. */

async function checkDepartments(a: ActionCtx<unknown>, departments: string[]): Promise<void> {
  const known = await repo.findDepartmentCodes(a.trx, departments);
  const unknown = departments.find((d) => !known.has(d));
  if (unknown) throw new AppError(CASE_ERR.DEPARTMENT_UNKNOWN, { department: unknown });
}

async function openLanes(a: ActionCtx<unknown>, departments: string[]): Promise<ActionOutcome> {
  await repo.insertLanes(
    a.trx,
    departments.map((d) => ({ case_id: a.row.id, department_code: d, status: 'pending' as const, region_code: a.row.region_code, routed_at: a.now })),
  );
  return {
    patch: { departments },
    lanes: departments.map(() => 'pending' as const),
    after: (r, lines) =>
      notifyStaff(a.trx, r, ['reviewer'], departments, 'case.assigned', { stepZh: '审查', stepEn: 'review', promisedDate: dateOf(lines.promisedDue) }),
  };
}

/**
 * route: to the item's own department and its joint departments (会签) unless the dispatcher
 * names others; one lane each, and the case waits until every lane has decided.
 */
export const route: ActionHandler<ActionBody<'route'>> = async (a) => {
  const departments = [...new Set(a.body.departments ?? [a.item.departmentCode, ...(a.item.jointDepartments ?? [])])];
  // The catalog only publishes items whose departments exist; only a dispatcher's choice needs checking.
  if (a.body.departments) await checkDepartments(a, departments);
  const outcome = await openLanes(a, departments);
  return { ...outcome, event: { departments } };
};

/** reassign: a new set of departments; the back office starts over with them (the events keep what was done). */
export const reassign: ActionHandler<ActionBody<'reassign'>> = async (a) => {
  const departments = [...new Set(a.body.departments)];
  const before = a.row.departments;
  await checkDepartments(a, departments);
  await repo.deleteLanes(a.trx, a.row.id);
  const outcome = await openLanes(a, departments);
  return {
    ...outcome,
    patch: { ...outcome.patch, assignee_id: a.body.assigneeId ?? null },
    event: { departments, previous: before, assigneeId: a.body.assigneeId ?? null },
  };
};
