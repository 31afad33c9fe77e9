import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { AppContext } from './context';
import type { DB } from './db/types';
import { findPublishedItems, seedCatalogDemo } from './modules/catalog';
import { insertSimulatedCases, prepareCaseSimulation, simulateCaseBatch, type SimulationAccount, type SimulationStaff } from './modules/cases';
import { insertSimulatedRatings, simulateRatings } from './modules/ratings';
import { invalidateRollups } from './modules/reports';
import { appendNewChains } from './platform/audit/events.repository';
import { actorFromUserRow } from './platform/auth/actors';
import { hashPassword } from './platform/auth/passwords';
import { CITY_REGION, type Actor, type Role } from './platform/auth/roles';
import { toShanghaiDate } from './platform/calendar/shanghai-date';
import { BAOTOU_DISTRICTS, makeBusiness, makeName, makePerson } from './platform/ids/people';
import { mixSeed, mulberry32 } from './platform/random';
import { runSeed } from './seed/seed';

/**
 * `tongban simulate` (docs/decisions.md D19): a city-year of cases with their events, ratings and
 * rectifications, generated from a seed by the cases and ratings modules' simulators and written in
 * batches — each batch one transaction of a few multi-row statements, its events appended by the
 * platform's bulk appender (the engine's own SM3 chain), two batches in flight so that generating
 * and hashing one overlaps the database writing the other. Runs on the configured database after
 * the reference data; staff and applicant accounts it needs are created disabled (nobody can sign
 * in as them).
 *
 * One run per seed and year: its case numbers are `SIM<year>-<seed>-<7 digits>`; a second run with
 * the same seed and year is refused, another seed adds an independent set.
 */

export interface SimulateOptions {
  cases: number;
  seed: number;
  year: number;
  /** Defaults to the context's clock. */
  now?: Date;
  /** Cases per transaction (default 2,000). */
  batchSize?: number;
  onProgress?: (p: SimulateProgress) => void;
}

export interface SimulateProgress {
  done: number;
  total: number;
  /** Since the first batch began (the accounts and catalog made before it are not counted). */
  elapsedMs: number;
}

export interface SimulateResult {
  prefix: string;
  cases: number;
  events: number;
  ratings: number;
  rectifications: number;
  accounts: number;
  seconds: number;
  /** The period the cases were submitted in (Asia/Shanghai dates). */
  from: string;
  to: string;
}

/** A refusal the CLI shows as it is (English / 中文). */
export class SimulationRefused extends Error {}

/** The case-number prefix of one run. */
export function simulationPrefix(year: number, seed: number): string {
  return `SIM${year}-${seed}-`;
}

export async function runSimulation(ctx: AppContext, opts: SimulateOptions): Promise<SimulateResult> {
  const started = Date.now();
  const now = opts.now ?? ctx.clock.now();
  const thisYear = Number(toShanghaiDate(now).slice(0, 4));
  if (opts.year > thisYear || opts.year < 2000) throw new SimulationRefused(`the year must be from 2000 to ${thisYear} / 年份须在 2000 至 ${thisYear} 之间`);
  const prefix = simulationPrefix(opts.year, opts.seed);
  await runSeed(ctx, { demo: false });
  if (await sql`SELECT 1 FROM cases WHERE case_no LIKE ${`${prefix}%`} LIMIT 1`.execute(ctx.db).then((r) => r.rows.length > 0)) {
    throw new SimulationRefused(
      `seed ${opts.seed} of ${opts.year} has been simulated here already (case numbers ${prefix}…); choose another --seed / ` +
        `${opts.year} 年种子 ${opts.seed} 已模拟过（案号 ${prefix}…），请换用其他 --seed`,
    );
  }
  let items = await findPublishedItems(ctx.db);
  if (items.length === 0) {
    // An empty catalog (a production installation before its import): the city's 280 items.
    await seedCatalogDemo(ctx);
    items = await findPublishedItems(ctx.db);
  }

  const passwordHash = await hashPassword(randomBytes(32).toString('hex'));
  const departmentItems = new Map<string, number>();
  for (const i of items) for (const d of [i.departmentCode, ...(i.jointDepartments ?? [])]) departmentItems.set(d, (departmentItems.get(d) ?? 0) + 1);
  const staff = await ensureStaff(ctx.db, departmentItems, passwordHash);
  const accounts = await ensureAccounts(ctx.db, opts, passwordHash);
  const cal = await ctx.calendar.get();
  const sim = prepareCaseSimulation({ items, staff: staff.cases, accounts, cal, year: opts.year, now, caseNoPrefix: prefix });
  const ratingSetup = { cal, now, workdays: ctx.config.rectificationWorkdays, departmentStaff: staff.cases.reviewers, supervisor: staff.supervisor };

  const size = Math.max(1, opts.batchSize ?? 2_000);
  const totals = { cases: 0, events: 0, ratings: 0, rectifications: 0 };
  const inFlight: Promise<void>[] = [];
  // A batch that fails while the other is awaited must not go unhandled: it is awaited (and throws) in turn.
  const track = (p: Promise<void>) => (p.catch(() => undefined), p);
  // The rate and time left count from here: the accounts and the catalog are in.
  const writing = Date.now();
  opts.onProgress?.({ done: 0, total: opts.cases, elapsedMs: 0 });
  try {
    for (let first = 1; first <= opts.cases; first += size) {
      const count = Math.min(size, opts.cases - first + 1);
      // Each batch its own stream, so a batch is the same whatever the batch before it did.
      const rng = mulberry32(mixSeed(opts.seed, opts.year, Math.floor(first / size)));
      const cases = simulateCaseBatch(sim, rng, first, count);
      const ratings = simulateRatings(ratingSetup, rng, cases.finished);
      const events = [...cases.events, ...ratings.events];
      inFlight.push(
        track(
          ctx.db
            .transaction()
            .execute(async (trx) => {
              await insertSimulatedCases(ctx, trx, cases);
              await insertSimulatedRatings(trx, ratings);
              await appendNewChains(trx, events);
            })
            .then(() => {
              totals.cases += count;
              totals.events += events.length;
              totals.ratings += ratings.ratings.length;
              totals.rectifications += ratings.rectifications.length;
              opts.onProgress?.({ done: totals.cases, total: opts.cases, elapsedMs: Date.now() - writing });
            }),
        ),
      );
      if (inFlight.length >= 2) await inFlight.shift();
    }
    await Promise.all(inFlight);
  } finally {
    // Reports keep daily rollups of the days that have ended: those of the simulated year are
    // recounted when next needed (docs/decisions.md D16), failed run or not.
    await Promise.allSettled(inFlight);
    await invalidateRollups(ctx.db, `${opts.year}-01-01`);
  }
  // Fresh statistics for the planner after a bulk load (autovacuum would get there, later).
  await sql`ANALYZE cases, case_lanes, ratings, rectifications, events, chain_heads`.execute(ctx.db);
  return {
    prefix,
    ...totals,
    accounts: accounts.citizen.length + accounts.enterprise.length,
    seconds: (Date.now() - started) / 1000,
    from: `${opts.year}-01-01`,
    to: toShanghaiDate(new Date(Math.min(now.getTime(), new Date(`${opts.year}-12-31T23:59:59+08:00`).getTime()))),
  };
}

interface NewAccount {
  username: string;
  display_name: string;
  roles: Role[];
  department_code: string | null;
  region_code: string;
  id_number?: string | null;
  uscc?: string | null;
  mobile?: string | null;
}

/** Inserts the accounts that are missing (disabled: nobody signs in as them) and returns them all as actors, by username. */
async function upsertAccounts(db: Kysely<DB>, rows: readonly NewAccount[], passwordHash: string): Promise<Map<string, Actor>> {
  const out = new Map<string, Actor>();
  for (let i = 0; i < rows.length; i += 1_000) {
    const chunk = rows.slice(i, i + 1_000);
    await db
      .insertInto('users')
      .values(chunk.map((r) => ({ ...r, password_hash: passwordHash, status: 'disabled' })))
      .onConflict((oc) => oc.column('username').doNothing())
      .execute();
    const found = await db
      .selectFrom('users')
      .select(['id', 'username', 'display_name', 'roles', 'department_code', 'region_code'])
      .where(
        'username',
        'in',
        chunk.map((r) => r.username),
      )
      .execute();
    for (const u of found) out.set(u.username, actorFromUserRow(u));
  }
  return out;
}

/** A stable made-up name for a staff account (the same in every run and database). */
function staffName(username: string): string {
  const rng = mulberry32(parseInt(createHash('sha256').update(username).digest('hex').slice(0, 8), 16));
  return makeName(rng, rng() < 0.5 ? 'M' : 'F', '150203');
}

/**
 * The simulated staff, shared by every run: window clerks and a dispatcher per region (more clerks
 * where more people live, most at the city hall), reviewers and approvers per department by its
 * number of items, one supervisor for appeals.
 */
async function ensureStaff(db: Kysely<DB>, departmentItems: ReadonlyMap<string, number>, passwordHash: string) {
  const rows: NewAccount[] = [];
  const regions = [{ code: CITY_REGION, weight: 100 }, ...BAOTOU_DISTRICTS];
  const clerkNames = new Map<string, string[]>();
  for (const r of regions) {
    const n = r.code === CITY_REGION ? 8 : r.weight >= 50 ? 4 : r.weight >= 10 ? 3 : 2;
    const names = Array.from({ length: n }, (_, k) => `sim-clerk-${r.code}-${k + 1}`);
    clerkNames.set(r.code, names);
    for (const u of names)
      rows.push({ username: u, display_name: staffName(u), roles: ['window_clerk'], department_code: 'gov-services', region_code: r.code });
    const d = `sim-dispatcher-${r.code}`;
    rows.push({ username: d, display_name: staffName(d), roles: ['dispatcher'], department_code: 'gov-services', region_code: r.code });
  }
  const deptNames = new Map<string, { reviewers: string[]; approvers: string[] }>();
  for (const [dept, n] of departmentItems) {
    const reviewers = Array.from({ length: 1 + Math.floor(n / 12) }, (_, k) => `sim-reviewer-${dept}-${k + 1}`);
    const approvers = Array.from({ length: 1 + Math.floor(n / 25) }, (_, k) => `sim-approver-${dept}-${k + 1}`);
    deptNames.set(dept, { reviewers, approvers });
    for (const u of reviewers) rows.push({ username: u, display_name: staffName(u), roles: ['reviewer'], department_code: dept, region_code: CITY_REGION });
    for (const u of approvers) rows.push({ username: u, display_name: staffName(u), roles: ['approver'], department_code: dept, region_code: CITY_REGION });
  }
  rows.push({
    username: 'sim-supervisor',
    display_name: staffName('sim-supervisor'),
    roles: ['supervisor'],
    department_code: 'discipline-inspection',
    region_code: CITY_REGION,
  });
  const actors = await upsertAccounts(db, rows, passwordHash);
  const get = (names: readonly string[]) => names.map((u) => actors.get(u)!);
  const cases: SimulationStaff = {
    clerks: new Map([...clerkNames].map(([r, names]) => [r, get(names)])),
    dispatchers: new Map(regions.map((r) => [r.code, actors.get(`sim-dispatcher-${r.code}`)!])),
    reviewers: new Map([...deptNames].map(([d, n]) => [d, get(n.reviewers)])),
    approvers: new Map([...deptNames].map(([d, n]) => [d, get(n.approvers)])),
  };
  return { cases, supervisor: actors.get('sim-supervisor')! };
}

/**
 * The run's applicants with portal accounts (online applications need one): citizens and
 * businesses living in Baotou's districts by population, a few cases each a year.
 */
async function ensureAccounts(
  db: Kysely<DB>,
  opts: SimulateOptions,
  passwordHash: string,
): Promise<{ citizen: SimulationAccount[]; enterprise: SimulationAccount[] }> {
  const rng = mulberry32(mixSeed(opts.seed, opts.year, 0xacc));
  const on = `${opts.year}-01-01`;
  const stem = `sim${opts.year}-${opts.seed}-`;
  const citizens = Array.from({ length: Math.min(120_000, Math.max(20, Math.round(opts.cases * 0.12))) }, (_, i) => ({
    username: `${stem}c${String(i + 1).padStart(6, '0')}`,
    person: makePerson(rng, on),
  }));
  const businesses = Array.from({ length: Math.min(30_000, Math.max(10, Math.round(opts.cases * 0.03))) }, (_, i) => {
    const business = makeBusiness(rng, on);
    return { username: `${stem}e${String(i + 1).padStart(6, '0')}`, person: business.legalRep, business };
  });
  const actors = await upsertAccounts(
    db,
    [
      ...citizens.map((c) => ({
        username: c.username,
        display_name: c.person.name,
        roles: ['citizen' as const],
        department_code: null,
        region_code: c.person.regionCode,
        id_number: c.person.idNumber,
        mobile: c.person.mobile,
      })),
      ...businesses.map((b) => ({
        username: b.username,
        display_name: b.business.name,
        roles: ['enterprise' as const],
        department_code: null,
        region_code: b.business.regionCode,
        uscc: b.business.uscc,
        mobile: b.person.mobile,
      })),
    ],
    passwordHash,
  );
  return {
    citizen: citizens.map((c) => ({ actor: actors.get(c.username)!, person: c.person })),
    enterprise: businesses.map((b) => ({ actor: actors.get(b.username)!, person: b.person, business: b.business })),
  };
}
