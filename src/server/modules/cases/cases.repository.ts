import { sql, type Insertable, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { CaseInstantDecisionsTable, CaseLanesTable, CaseMaterialSourcesTable, CaseMaterialsTable, CasesTable } from '../../db/tables/cases';
import type { DB } from '../../db/types';
import type { ClockState } from './cases.clock';
import type { Executor } from '../../db/executor';
import { lockWithHead } from '../../platform/audit/events.repository';

/** The cases module's SQL for single cases (lists, stats and sweeps are in cases.queries.ts). */

export type { Executor } from '../../db/executor';
export type CaseRow = Selectable<CasesTable>;
export type CaseInsert = Insertable<CasesTable>;
export type CasePatch = Updateable<CasesTable>;
export type LaneRow = Selectable<CaseLanesTable>;

/** A case row, or undefined. */
export async function findCase(db: Executor, id: string): Promise<CaseRow | undefined> {
  return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * A case row locked for the rest of the transaction, so transitions of one case queue up; its
 * chain's head is locked and read in the same statement, for the transition's event.
 */
export async function lockCase(trx: Transaction<DB>, id: string): Promise<CaseRow | undefined> {
  return lockWithHead(trx, 'cases', id, `case:${id}`);
}

/** The next number of the case-number sequence. */
export async function nextCaseSeq(trx: Executor): Promise<number> {
  const r = await sql<{ n: number }>`SELECT nextval('case_no_seq')::int AS n`.execute(trx);
  return r.rows[0].n;
}

/** Case numbers: BT<region>-<date>-<6-digit sequence>; this is everything before the sequence. */
export function caseNoPrefix(regionCode: string, date: string): string {
  return `BT${regionCode}-${date.replaceAll('-', '')}-`;
}

/**
 * Inserts a case. With `caseNoPrefix` the case number is the prefix plus the next number of the
 * sequence, drawn in the same statement.
 */
export async function insertCase(trx: Transaction<DB>, values: Omit<CaseInsert, 'case_no'>, caseNoPrefix: string | null): Promise<CaseRow> {
  const caseNo = caseNoPrefix ? sql<string>`${caseNoPrefix} || lpad(nextval('case_no_seq')::text, 6, '0')` : null;
  return trx
    .insertInto('cases')
    .values({ ...values, case_no: caseNo })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Writes a transition: the patch and the next version, guarded by the version the caller read. */
export async function updateCase(trx: Transaction<DB>, id: string, version: number, patch: CasePatch): Promise<void> {
  const r = await trx
    .updateTable('cases')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new Error(`case ${id} changed under its row lock`);
}

/** Rewrites the running special procedure's record (its timer marks it overdue); no version change, like a light. */
export async function setSpecial(trx: Transaction<DB>, id: string, special: string): Promise<void> {
  await trx.updateTable('cases').set({ special }).where('id', '=', id).execute();
}

/** Whether the database holds any case (the demo loads only into an empty one). */
export async function hasAnyCase(db: Executor): Promise<boolean> {
  return !!(await db.selectFrom('cases').select('id').limit(1).executeTakeFirst());
}

/** Attaches files to a case. */
export async function insertMaterials(trx: Transaction<DB>, rows: Insertable<CaseMaterialsTable>[]): Promise<void> {
  if (rows.length) await trx.insertInto('case_materials').values(rows).execute();
}

/** The files attached to a case, oldest first, with their names. */
export async function findMaterials(db: Executor, caseId: string) {
  return db
    .selectFrom('case_materials as m')
    .innerJoin('files as f', 'f.id', 'm.file_id')
    .select(['m.material_code', 'm.file_id', 'm.added_at', 'm.via', 'f.name', 'f.mime', 'f.size_bytes', 'f.checks'])
    .where('m.case_id', '=', caseId)
    .orderBy('m.id')
    .execute();
}

/** Materials satisfied without a file (免提交, docs/decisions.md D21); a material already there is left as it is. */
export async function insertSourcedMaterials(trx: Transaction<DB>, rows: Insertable<CaseMaterialSourcesTable>[]): Promise<void> {
  if (rows.length)
    await trx
      .insertInto('case_material_sources')
      .values(rows)
      .onConflict((oc) => oc.columns(['case_id', 'material_code']).doNothing())
      .execute();
}

/** The materials of a case satisfied by an e-licence or the exchange, with their evidence. */
export async function findSourcedMaterials(db: Executor, caseId: string) {
  return db.selectFrom('case_material_sources').selectAll().where('case_id', '=', caseId).orderBy('material_code').execute();
}

/** Material codes that have at least one file, or were satisfied without one (免提交). */
export async function findMaterialCodes(db: Executor, caseId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('case_materials')
    .select('material_code')
    .where('case_id', '=', caseId)
    .union(db.selectFrom('case_material_sources').select('material_code').where('case_id', '=', caseId))
    .execute();
  return new Set(rows.map((r) => r.material_code));
}

/** The department lanes of a routed case. */
export async function findLanes(db: Executor, caseId: string): Promise<LaneRow[]> {
  return db.selectFrom('case_lanes').selectAll().where('case_id', '=', caseId).orderBy('routed_at').orderBy('department_code').execute();
}

/** Opens lanes (one per department) for a routed case. */
export async function insertLanes(trx: Transaction<DB>, rows: Insertable<CaseLanesTable>[]): Promise<void> {
  if (rows.length) await trx.insertInto('case_lanes').values(rows).execute();
}

/** Drops every lane of a case (reassignment starts the back office over; the events keep the history). */
export async function deleteLanes(trx: Transaction<DB>, caseId: string): Promise<void> {
  await trx.deleteFrom('case_lanes').where('case_id', '=', caseId).execute();
}

/** Records a department's review or decision on its lane. */
export async function updateLane(trx: Transaction<DB>, caseId: string, department: string, patch: Updateable<CaseLanesTable>): Promise<void> {
  await trx.updateTable('case_lanes').set(patch).where('case_id', '=', caseId).where('department_code', '=', department).execute();
}

/** Which of the given department codes exist. */
export async function findDepartmentCodes(db: Executor, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .selectFrom('departments')
    .select('code')
    .where('code', 'in', [...codes])
    .execute();
  return new Set(rows.map((r) => r.code));
}

/** An account's identity for applying: name, ID number or credit code, mobile. */
export async function findApplicantAccount(db: Executor, userId: string) {
  return db.selectFrom('users').select(['id', 'display_name', 'id_number', 'uscc', 'mobile', 'region_code']).where('id', '=', userId).executeTakeFirst();
}

/** The account registered with this ID number or credit code, so a walk-in case shows up online too. */
export async function findAccountByIdentity(db: Executor, idType: 'resident_id' | 'uscc', idNumber: string): Promise<string | null> {
  const col = idType === 'resident_id' ? 'id_number' : 'uscc';
  const r = await db.selectFrom('users').select('id').where(col, '=', idNumber).where('status', '=', 'active').executeTakeFirst();
  return r?.id ?? null;
}

/** The cases a file is attached to (for deciding who besides its owner may read it). */
export async function findCasesUsingFile(db: Executor, fileId: string) {
  return db
    .selectFrom('case_materials as m')
    .innerJoin('cases as c', 'c.id', 'm.case_id')
    .select(['c.id', 'c.region_code', 'c.departments', 'c.applicant_user_id'])
    .where('m.file_id', '=', fileId)
    .limit(20)
    .execute();
}

/** The clock columns of a row as the clock's state. */
export function clockStateOf(row: CaseRow): ClockState {
  return {
    acceptedAt: row.accepted_at,
    pausedSince: row.paused_since,
    pauseKind: row.pause_kind,
    pausedWorkdays: row.paused_workdays,
    pausedDays: row.paused_days,
    stoppedAt: row.stopped_at,
  };
}

/** The 秒批 decision on a case, if it was evaluated. */
export async function findInstantDecision(db: Executor, caseId: string) {
  return db.selectFrom('case_instant_decisions').select(['outcome', 'decided_at']).where('case_id', '=', caseId).executeTakeFirst();
}

export async function insertInstantDecision(trx: Transaction<DB>, row: Insertable<CaseInstantDecisionsTable>): Promise<void> {
  await trx.insertInto('case_instant_decisions').values(row).execute();
}

/** 秒批 decisions, newest first, in one region (or all) and of one outcome (or both). */
export async function listInstantDecisions(db: Executor, f: { region: string | null; outcome?: 'approved' | 'declined' }, page: number, pageSize: number) {
  let q = db.selectFrom('case_instant_decisions as d').innerJoin('cases as c', 'c.id', 'd.case_id');
  if (f.region) q = q.where('d.region_code', '=', f.region);
  if (f.outcome) q = q.where('d.outcome', '=', f.outcome);
  const [rows, count] = await Promise.all([
    q
      .selectAll('d')
      .select('c.case_no')
      .orderBy('d.decided_at', 'desc')
      .orderBy('d.case_id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
