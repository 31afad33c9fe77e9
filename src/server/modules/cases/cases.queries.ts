import { sql, type ExpressionBuilder, type Expression, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../db/types';
import { CITY_REGION, type Actor, type Role } from '../../platform/auth/roles';
import type { Light } from './cases.clock';
import type { CaseRow, Executor } from './cases.repository';
import type { ListQuery } from './cases.schemas';
import { APPLICANT_ROLES } from './cases.state';

/** The cases module's SQL over many cases: work queues, department load, the light sweep, progress. */

const REGION_ROLES: Role[] = ['window_clerk', 'dispatcher', 'supervisor', 'admin'];
const DEPARTMENT_ROLES: Role[] = ['reviewer', 'approver'];

function hasAny(actor: Actor, roles: readonly Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}

/** The rows an actor may list — the same reach as the case policy, as SQL. */
function scopeOf(eb: ExpressionBuilder<DB, 'cases'>, actor: Actor): Expression<SqlBool> {
  const region = actor.regionCode === CITY_REGION ? null : actor.regionCode;
  const inRegion = region ? eb('region_code', '=', region) : sql<SqlBool>`true`;
  const ors: Expression<SqlBool>[] = [];
  if (hasAny(actor, APPLICANT_ROLES)) ors.push(eb('applicant_user_id', '=', actor.id));
  if (hasAny(actor, REGION_ROLES)) ors.push(eb.and([inRegion, eb.or([eb('status', '<>', 'draft'), eb('created_by', '=', actor.id)])]));
  if (hasAny(actor, DEPARTMENT_ROLES) && actor.departmentCode)
    ors.push(eb.and([inRegion, sql<SqlBool>`departments @> ARRAY[${actor.departmentCode}]::text[]`]));
  return ors.length ? eb.or(ors) : sql<SqlBool>`false`;
}

/** Counts stop here: a queue of more cases than this shows "1,000+" instead of counting every one. */
export const COUNT_CAP = 1_000;

/** What a queue row shows, and the keys of its place in the order (for the next page's cursor). */
export interface QueueRow {
  id: string;
  case_no: string | null;
  status: string;
  version: number;
  item_code: string;
  item_name: string;
  applicant_name: string;
  applicant_id_number: string;
  channel: string;
  region_code: string;
  departments: string[];
  light: Light | null;
  promised_due: Date | null;
  statutory_due: Date | null;
  paused: boolean;
  deficiency_outstanding: boolean;
  submitted_at: Date | null;
  accepted_at: Date | null;
  light_rank: number;
  /** promised_due and created_at in the database's own text form, exact to the microsecond. */
  promised_key: string | null;
  created_key: string;
}

/** Where a page ends in the queue order (light rank, promised date, newest first, id). */
export interface QueueCursor {
  rank: number;
  promised: string | null;
  created: string;
  id: string;
}

export function cursorAfter(row: QueueRow): QueueCursor {
  return { rank: row.light_rank, promised: row.promised_key, created: row.created_key, id: row.id };
}

/** The rows after `c` in the queue order: a range the queue index reads from where the last page stopped. */
function afterCursor(c: QueueCursor) {
  const later = sql<SqlBool>`(created_at < ${c.created}::timestamptz OR (created_at = ${c.created}::timestamptz AND id > ${c.id}::uuid))`;
  const samePromised =
    c.promised === null
      ? sql<SqlBool>`(promised_due IS NULL AND ${later})`
      : sql<SqlBool>`(promised_due > ${c.promised}::timestamptz OR promised_due IS NULL OR (promised_due = ${c.promised}::timestamptz AND ${later}))`;
  return sql<SqlBool>`(light_rank >= ${c.rank} AND (light_rank > ${c.rank} OR ${samePromised}))`;
}

/**
 * A page of the actor's cases, most urgent first (light, then promised date), with the count of
 * all of them up to COUNT_CAP — in one round trip. The order is the queue indexes' (migrations
 * 0022 and 0044), so a page reads its rows in order instead of sorting them all; `after` continues
 * from a cursor (keyset), `page` from an offset (docs/architecture.md, "Work queues").
 */
export async function findCases(
  db: Executor,
  actor: Actor,
  q: ListQuery,
  after?: QueueCursor,
): Promise<{ rows: QueueRow[]; total: number; totalCapped: boolean }> {
  let base = db.selectFrom('cases').where((eb) => scopeOf(eb, actor));
  if (q.status) base = base.where('status', 'in', q.status.split(','));
  if (q.light) base = base.where('light', '=', q.light);
  // A case not yet routed has no lanes: it counts for its item's department, as on the live board.
  if (q.department)
    base = base.where(sql<SqlBool>`(departments @> ARRAY[${q.department}]::text[] OR (cardinality(departments) = 0 AND department_code = ${q.department}))`);
  if (q.region) base = base.where('region_code', '=', q.region);
  if (q.item) base = base.where('item_code', '=', q.item);
  if (q.acceptedBy) base = base.where('accepted_by', '=', q.acceptedBy);
  if (q.mine) {
    base = base.where((eb) =>
      eb.or([eb('created_by', '=', actor.id), eb('accepted_by', '=', actor.id), eb('assignee_id', '=', actor.id), eb('applicant_user_id', '=', actor.id)]),
    );
  }
  const page = (after ? base.where(afterCursor(after)) : base)
    .select([
      'id',
      'case_no',
      'status',
      'version',
      'item_code',
      'item_name',
      'applicant_name',
      'applicant_id_number',
      'channel',
      'region_code',
      'departments',
      'light',
      'promised_due',
      'statutory_due',
      'submitted_at',
      'accepted_at',
      'light_rank',
      sql<boolean>`paused_since IS NOT NULL`.as('paused'),
      sql<boolean>`deficiency IS NOT NULL`.as('deficiency_outstanding'),
      sql<string | null>`promised_due::text`.as('promised_key'),
      sql<string>`created_at::text`.as('created_key'),
    ])
    .orderBy('light_rank')
    .orderBy(sql`promised_due NULLS LAST`)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(q.pageSize)
    .offset(after ? 0 : (q.page - 1) * q.pageSize);
  const capped = base
    .select(sql`1`.as('one'))
    .limit(COUNT_CAP + 1)
    .as('capped');
  const counted = db.selectFrom(capped).select(sql<number>`count(*)::int`.as('n'));
  // The count always comes back, with or without rows; the page keeps its order.
  const r = await sql<QueueRow & { n: number }>`
    SELECT n.n, p.* FROM (${counted}) n LEFT JOIN LATERAL (${page}) p ON true
    ORDER BY p.light_rank, p.promised_due NULLS LAST, p.created_key::timestamptz DESC, p.id`.execute(db);
  const n = r.rows[0]?.n ?? 0;
  return { rows: r.rows.filter((row) => row.id !== null), total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP };
}

/** Open back-office work per department (for the dispatcher), within a region unless city-wide. */
export async function findDepartmentLoad(db: Executor, regionCode: string | null) {
  const region = regionCode ? sql`AND c.region_code = ${regionCode}` : sql``;
  const lanes = await sql<{
    department_code: string;
    name_zh: string | null;
    name_en: string | null;
    pending_review: number;
    pending_decision: number;
    special: number;
    special_overdue: number;
    yellow: number;
    red: number;
    overdue: number;
  }>`
    SELECT l.department_code, d.name_zh, d.name_en,
      count(*) FILTER (WHERE l.status = 'pending' AND c.status <> 'special_procedure')::int AS pending_review,
      count(*) FILTER (WHERE l.status = 'reviewed' AND c.status <> 'special_procedure')::int AS pending_decision,
      count(*) FILTER (WHERE c.status = 'special_procedure')::int AS special,
      count(*) FILTER (WHERE c.status = 'special_procedure' AND c.special->>'overdueAt' IS NOT NULL)::int AS special_overdue,
      count(*) FILTER (WHERE c.light = 'yellow')::int AS yellow,
      count(*) FILTER (WHERE c.light = 'red')::int AS red,
      count(*) FILTER (WHERE c.light = 'overdue')::int AS overdue
    FROM case_lanes l
    JOIN cases c ON c.id = l.case_id
    LEFT JOIN departments d ON d.code = l.department_code
    WHERE c.status IN ('routed', 'reviewed', 'special_procedure') ${region}
    GROUP BY l.department_code, d.name_zh, d.name_en
    ORDER BY 4 DESC, 5 DESC, 1`.execute(db);
  const unrouted = await sql<{ n: number }>`SELECT count(*)::int AS n FROM cases c WHERE c.status = 'accepted' ${region}`.execute(db);
  return { unrouted: unrouted.rows[0].n, lanes: lanes.rows };
}

/** What the public progress query may show, plus the ID number to check the tail against. */
export async function findProgress(db: Executor, caseNo: string) {
  return db
    .selectFrom('cases')
    .select(['case_no', 'item_name', 'status', 'submitted_at', 'accepted_at', 'promised_due', 'completed_at', 'issued_at', 'applicant_id_number'])
    .where('case_no', '=', caseNo)
    .executeTakeFirst();
}

/**
 * The cases whose light is due to change at `now`, locked for the sweep; rows another node or a
 * transition holds are skipped and picked up next time. An index range scan on light_next_at.
 */
export async function lockLightChanges(trx: Transaction<DB>, now: Date, limit: number): Promise<CaseRow[]> {
  return trx.selectFrom('cases').selectAll().where('light_next_at', '<', now).orderBy('light_next_at').limit(limit).forUpdate().skipLocked().execute();
}

/** Every case whose light changed by `now`, with its new light, computed in the database (benchmarks and reports). */
export async function findLightChanges(db: Executor, now: Date): Promise<Array<{ id: string; light: Light }>> {
  const r = await sql<{ id: string; light: Light }>`
    SELECT id, CASE WHEN ${now} > statutory_due THEN 'overdue' WHEN ${now} > promised_due THEN 'red' WHEN ${now} > assessment_due THEN 'yellow' ELSE 'green' END AS light
    FROM cases WHERE light_next_at < ${now}`.execute(db);
  return r.rows;
}

/** Stores new lights, one statement for the batch (not a transition: the version stays, so nobody's form goes stale). */
export async function setLights(trx: Transaction<DB>, lights: ReadonlyArray<{ id: string; light: Light; next: Date | null }>): Promise<void> {
  if (lights.length === 0) return;
  const values = sql.join(lights.map((l) => sql`(${l.id}::uuid, ${l.light}, ${l.next}::timestamptz)`));
  await sql`UPDATE cases c SET light = v.light, light_next_at = v.next FROM (VALUES ${values}) AS v(id, light, next) WHERE c.id = v.id`.execute(trx);
}
