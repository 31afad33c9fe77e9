import type { Executor } from '../../db/executor';
import { AppError } from '../../platform/errors';
import { findCaseFacts } from '../cases';
import { findTicketFacts } from '../hotline';
import { findRectificationFacts } from '../ratings';
import { ORDER_ERR } from './supervision.errors';
import { findDepartmentName } from './supervision.repository';
import type { OrderSubjectKind } from './supervision.schemas';

/**
 * What an order needs of its subject, read through the other modules' doors (docs/decisions.md
 * D12): its label, its region, the departments that hold it and, for a case or a rectification,
 * the case it is shown on. A department order has no region of its own (the opener's is used).
 */
export interface OrderSubject {
  kind: OrderSubjectKind;
  id: string;
  label: string;
  caseId: string | null;
  regionCode: string | null;
  /** Departments holding the subject; the first is the default responsible department. Empty: none yet. */
  holders: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The subject, or SUBJECT_NOT_FOUND. */
export async function resolveSubject(db: Executor, kind: OrderSubjectKind, id: string): Promise<OrderSubject> {
  const missing = () => new AppError(ORDER_ERR.SUBJECT_NOT_FOUND, { subject: id });
  if (kind === 'department') {
    const d = await findDepartmentName(db, id);
    if (!d) throw missing();
    return { kind, id, label: d.zh, caseId: null, regionCode: null, holders: [id] };
  }
  if (!UUID.test(id)) throw missing();
  if (kind === 'case') {
    const c = await findCaseFacts(db, id);
    if (!c) throw missing();
    return { kind, id, label: c.caseNo ?? c.itemName, caseId: c.id, regionCode: c.regionCode, holders: [c.departmentCode] };
  }
  if (kind === 'ticket') {
    const t = await findTicketFacts(db, id);
    if (!t) throw missing();
    const holders = [...new Set([...(t.departmentCode ? [t.departmentCode] : []), ...t.departments])];
    return { kind, id, label: t.ticketNo, caseId: null, regionCode: t.regionCode, holders };
  }
  const r = await findRectificationFacts(db, id);
  if (!r) throw missing();
  return { kind, id, label: r.caseNo ?? r.ticketNo ?? r.id.slice(0, 8), caseId: r.caseId, regionCode: r.regionCode, holders: [r.departmentCode] };
}
