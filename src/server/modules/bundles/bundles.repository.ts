import { sql, type Insertable, type Selectable, type Transaction } from 'kysely';
import type { Executor } from '../../db/executor';
import type { BundleCasesTable } from '../../db/tables/bundles';
import type { DB } from '../../db/types';
import { DECIDED } from './bundles.status';

/** The bundles module's SQL: bundle applications (bundle_cases); members are cases, read through the cases door. */

export type BundleCaseRow = Selectable<BundleCasesTable>;

/** 一件事编号: YJ<region>-<date>-<sequence>; everything before the sequence. */
export function bundleNoPrefix(regionCode: string, date: string): string {
  return `YJ${regionCode}-${date.replaceAll('-', '')}-`;
}

/** Inserts a bundle application, its number drawn from the sequence in the same statement. */
export async function insertBundleCase(trx: Transaction<DB>, values: Omit<Insertable<BundleCasesTable>, 'bundle_no'>, prefix: string): Promise<BundleCaseRow> {
  return trx
    .insertInto('bundle_cases')
    .values({ ...values, bundle_no: sql<string>`${prefix} || lpad(nextval('bundle_no_seq')::text, 6, '0')` })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findBundleCase(db: Executor, id: string): Promise<BundleCaseRow | undefined> {
  return db.selectFrom('bundle_cases').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The bundle row locked for the rest of the transaction (after its members: see bundles.actions.ts). */
export function lockBundleCase(trx: Transaction<DB>, id: string): Promise<BundleCaseRow | undefined> {
  return trx.selectFrom('bundle_cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Locks every member case, in id order, so two bundle actions and a member's own action never wait on each other in a circle. */
export async function lockMembers(trx: Transaction<DB>, bundleCaseId: string): Promise<void> {
  await trx.selectFrom('cases').select('id').where('bundle_case_id', '=', bundleCaseId).orderBy('id').forUpdate().execute();
}

export async function updateBundleCase(
  trx: Transaction<DB>,
  id: string,
  patch: { status?: BundleCaseRow['status']; completed_at?: Date | null; updated_at: Date },
): Promise<number> {
  const r = await trx
    .updateTable('bundle_cases')
    .set({ ...patch, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  return r.version;
}

export interface ListFilter {
  ownerId?: string;
  regionCode?: string | null;
  status?: string;
  bundleCode?: string;
  page: number;
  pageSize: number;
}

/** A page of bundle applications, newest first, with their member counts. */
export async function listBundleCases(db: Executor, f: ListFilter) {
  let q = db.selectFrom('bundle_cases as b');
  if (f.ownerId) q = q.where('b.applicant_user_id', '=', f.ownerId);
  if (f.regionCode) q = q.where('b.region_code', '=', f.regionCode);
  if (f.status) q = q.where('b.status', '=', f.status as BundleCaseRow['status']);
  if (f.bundleCode) q = q.where('b.bundle_code', '=', f.bundleCode);
  const [rows, total] = await Promise.all([
    q
      .selectAll('b')
      .select((eb) => [
        eb.selectFrom('cases').select(eb.fn.countAll<number>().as('n')).whereRef('cases.bundle_case_id', '=', 'b.id').as('member_count'),
        eb
          .selectFrom('cases')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('cases.bundle_case_id', '=', 'b.id')
          .where('cases.status', 'in', DECIDED)
          .as('members_done'),
      ])
      .orderBy('b.submitted_at', 'desc')
      .orderBy('b.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
