import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/types';
import { appendEvent } from '../../platform/audit/events.repository';
import { hashPassword } from '../../platform/auth/passwords';
import { actorFromUserRow } from '../../platform/auth/actors';
import { CITY_REGION, type Actor } from '../../platform/auth/roles';
import { DEMO_PASSWORD } from '../../seed/demo-accounts';
import type { DemoSeeder } from '../../seed/seed';
import { ensureCategories } from './kb/categories.repository';
import { ensureModel, RETRAIN_QUEUE, usableActiveModel } from './classifier/classifier.service';
import { LIVING_ARTICLES } from './data/kb-articles-living';
import { SERVICE_ARTICLES } from './data/kb-articles-services';
import { LEAF_CATEGORIES } from './data/taxonomy';
import { findArticleSlugs, insertMissingArticles } from './kb/kb.repository';
import { articleTokens } from './kb/kb.service';
import { DEMO_OPEN311_KEY, ensureKey } from './open311/keys.service';
import * as seedRepo from './seed.repository';
import { generateDemoTickets } from './data/demo-tickets';
import { buildHistory } from './seed.history';
import { seedWorkload } from './seed.workload';
import { findDepartmentNames } from './tickets/tickets.repository';

/**
 * Demo data of the hotline: the knowledge base, the demo Open311 and SMS keys, a handler account
 * per department, the classifier trained once on the demo history (in a queued job and a worker
 * thread; stored, so later starts only load it), a year and a half of closed tickets for the
 * reports and today's workload.
 * Idempotent: every part checks whether it is there already.
 */

/** The SMS platform's demo key (scope `sms`), for trying POST /api/v1/hotline/sms/inbound. */
export const DEMO_SMS_KEY = 'tongban-demo-sms';

/** Reference data every installation needs (the categories), and the knowledge base. */
export async function seedHotlineReference(db: Kysely<DB>): Promise<void> {
  await ensureCategories(db);
  // Tokenising loads jieba's dictionary: only for articles not stored yet.
  const have = await findArticleSlugs(db);
  const missing = [...SERVICE_ARTICLES, ...LIVING_ARTICLES].filter((a) => !have.has(a.slug));
  if (missing.length === 0) return;
  await insertMissingArticles(
    db,
    missing.map((a) => ({
      slug: a.slug,
      title: a.title,
      question: a.question,
      answer: a.answer,
      category_code: a.categoryCode,
      department_code: a.departmentCode,
      keywords: a.keywords,
      tokens: articleTokens(a),
    })),
  );
}

/** `hl-<department>` handler accounts for every department the taxonomy routes to (besides the README's `handler`). */
async function ensureHandlers(db: Kysely<DB>): Promise<Map<string, Actor>> {
  const departments = [...new Set([...LEAF_CATEGORIES.map((c) => c.departmentCode as string), 'housing-construction', 'public-security'])];
  const names = await findDepartmentNames(db, departments);
  const wanted = departments.filter((d) => d !== 'urban-management').map((d) => ({ username: `hl-${d}`, department: d }));
  const existing = new Set(
    (
      await seedRepo.findUsersByName(
        db,
        wanted.map((w) => w.username),
      )
    ).map((u) => u.username),
  );
  const missing = wanted.filter((w) => !existing.has(w.username));
  if (missing.length) {
    const hash = await hashPassword(DEMO_PASSWORD);
    await seedRepo.insertUsersIfMissing(
      db,
      missing.map((w) => ({
        username: w.username,
        password_hash: hash,
        display_name: `${names.get(w.department)?.zh ?? w.department}承办人`,
        roles: ['dept_handler'],
        department_code: w.department,
        region_code: CITY_REGION,
      })),
    );
  }
  const users = await seedRepo.findUsersByName(db, ['handler', ...wanted.map((w) => w.username)]);
  return new Map(users.filter((u) => u.department_code).map((u) => [u.department_code!, actorFromUserRow(u)]));
}

/** Queue of the background part of the demo seed. */
export const DEMO_QUEUE = 'hotline.demo-data';

export interface DemoOptions {
  /** The closed history for the reports (default on). */
  history?: boolean;
  /** Today's open workload (default on). */
  workload?: boolean;
  /** Train the first model and load the tickets now instead of in background jobs (tests, benchmarks). */
  inline?: boolean;
}

/**
 * The demo seed. Reference data, keys and accounts are loaded at once. The first model (trained
 * only when none usable is stored, several seconds of CPU) and the tickets — a bulk history and a
 * workload made through the real services, several seconds on PGlite — go to durable jobs that
 * run right after start, so the server does not wait for them; until the model exists,
 * classification answers from keywords and says so.
 */
export async function seedHotlineDemo(ctx: AppContext, opts: DemoOptions = {}): Promise<void> {
  await seedHotlineReference(ctx.db);
  await ensureKey(ctx.db, { key: DEMO_OPEN311_KEY, name: 'Open311 demo client', accountId: 'demo', scopes: ['open311'] });
  await ensureKey(ctx.db, { key: DEMO_SMS_KEY, name: 'Local SMS platform', accountId: 'sms-local', scopes: ['sms'] });
  await ensureHandlers(ctx.db);
  if (!(await usableActiveModel(ctx.db))) {
    if (opts.inline) await ensureModel(ctx.db, 'seed');
    else await ctx.jobs.send(RETRAIN_QUEUE, { trigger: 'seed' }, { singletonKey: 'hotline-first-model', maxAttempts: 3 });
  }
  if ((opts.history === false && opts.workload === false) || (await seedRepo.hasDemoTickets(ctx.db))) return;
  const payload = { history: opts.history !== false, workload: opts.workload !== false };
  if (opts.inline) await loadDemoTickets(ctx, payload);
  else await ctx.jobs.send(DEMO_QUEUE, payload, { singletonKey: 'hotline-demo', maxAttempts: 1 });
}

/** The demo tickets: a year and a half of closed history (bulk) and today's workload (through the services). */
export async function loadDemoTickets(ctx: AppContext, opts: { history: boolean; workload: boolean }): Promise<{ history: number; workload: number }> {
  if (await seedRepo.hasDemoTickets(ctx.db)) return { history: 0, workload: 0 };
  const started = Date.now();
  const [cal, staff, handlers] = await Promise.all([ctx.calendar.get(), seedRepo.findUsersByName(ctx.db, ['hotline', 'dispatcher']), ensureHandlers(ctx.db)]);
  const agent = staff.find((u) => u.username === 'hotline');
  const dispatcher = staff.find((u) => u.username === 'dispatcher');
  const now = ctx.clock.now();
  let history = 0;
  if (opts.history) {
    // One number per generated ticket: the history never outgrows its reservation.
    const generated = generateDemoTickets();
    const seq = await seedRepo.reserveTicketSeq(ctx.db, generated.length);
    const rows = buildHistory({ cal, now, agentId: agent?.id ?? null, seq, generated });
    await ctx.db.transaction().execute(async (trx) => {
      await seedRepo.insertTicketsBulk(trx, rows.tickets);
      await seedRepo.insertAssignmentsBulk(trx, rows.assignments);
      await seedRepo.insertCallsBulk(trx, rows.calls);
      await seedRepo.insertEmergencyTransfersBulk(trx, rows.transfers);
      // One event records the import: the history's rows have no timelines of their own.
      await appendEvent(trx, {
        chain: 'hotline:import',
        action: 'hotline.history_imported',
        actorName: '系统 / system',
        subjectType: 'hotline',
        data: { tickets: rows.tickets.length, calls: rows.calls.length },
      });
    });
    history = rows.tickets.length;
  }
  const historyMs = Date.now() - started;
  let workload = 0;
  if (opts.workload && agent && dispatcher) {
    // The workload goes through intake, which stores the model's suggestion with each ticket.
    await ensureModel(ctx.db, 'seed');
    workload = await seedWorkload(ctx, cal, { agent: actorFromUserRow(agent), dispatcher: actorFromUserRow(dispatcher), handlers }, now);
  }
  ctx.log.info({ history, workload, historyMs, ms: Date.now() - started }, 'hotline demo tickets loaded');
  return { history, workload };
}

/** The demo seeder registered in modules.ts. */
export const hotlineDemoSeeder: DemoSeeder = (ctx) => seedHotlineDemo(ctx);
