import type { Kysely } from 'kysely';
import type { AppContext } from '../context';
import type { DB } from '../db/types';
import { hashPassword } from '../platform/auth/passwords';
import { CITY_REGION } from '../platform/auth/roles';
import { seedCalendar } from '../platform/calendar/calendar.service';
import { BAOTOU_DEPARTMENTS, BAOTOU_REGIONS } from '../platform/org/baotou';
import { upsertOrg } from '../platform/org/org.repository';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

/** A module's demo data loader; each must be idempotent (seeds run at every start). */
export type DemoSeeder = (ctx: AppContext) => Promise<void>;

/** Reference data every installation needs: Baotou's regions and departments, the working-day calendar. */
export async function seedBase(db: Kysely<DB>): Promise<void> {
  await upsertOrg(db, BAOTOU_REGIONS, BAOTOU_DEPARTMENTS, CITY_REGION);
  await seedCalendar(db);
}

/** The demo accounts of the README, created only when missing. */
export async function seedDemoAccounts(db: Kysely<DB>): Promise<number> {
  const existing = new Set((await db.selectFrom('users').select('username').execute()).map((r) => r.username));
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(a.username));
  if (missing.length === 0) return 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db
    .insertInto('users')
    .values(
      missing.map((a) => ({
        username: a.username,
        password_hash: passwordHash,
        display_name: a.displayName,
        roles: a.roles,
        department_code: a.departmentCode,
        region_code: a.regionCode,
        id_number: a.idNumber ?? null,
        uscc: a.uscc ?? null,
        mobile: a.mobile ?? null,
      })),
    )
    .onConflict((oc) => oc.column('username').doNothing())
    .execute();
  return missing.length;
}

/** Base data always; demo accounts and each module's demo data when asked. */
export async function runSeed(ctx: AppContext, opts: { demo: boolean; demoSeeders?: DemoSeeder[] }): Promise<void> {
  await seedBase(ctx.db);
  if (!opts.demo) return;
  await seedDemoAccounts(ctx.db);
  for (const seeder of opts.demoSeeders ?? []) await seeder(ctx);
}
