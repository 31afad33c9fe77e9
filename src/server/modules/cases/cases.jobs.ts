import type { AppContext } from '../../context';
import { appendEvent, appendEvents } from '../../platform/audit/events.repository';
import { queueMany, type NotificationInput } from '../../platform/notifications/notify';
import { DEFICIENCY_QUEUE, dateOf, type Deficiency } from './cases.accept';
import { lightAt, nextLineAfter, type Light } from './cases.clock';
import { getCaseItem } from './cases.items';
import { joinList, notifyApplicant, staffNotifications, type StaffCache } from './cases.notify';
import { lockLightChanges, setLights } from './cases.queries';
import * as repo from './cases.repository';
import type { CaseStatus } from './cases.state';
import { CASES_DEMO_QUEUE, loadDemoCases } from './cases.demo';
import { handleSpecialDueJob, SPECIAL_QUEUE } from './cases.special';
import { applyTransition, SYSTEM_ACTOR } from './cases.transition';

/** Durable timers of the cases module: the light sweep and the 容缺 reminders and deadlines. */

export const LIGHTS_QUEUE = 'cases.lights';
/**
 * Queued once the demo cases are in, for modules that build on them (the demo ratings); the cases
 * module names the queue and knows nothing of who works it.
 */
export const CASES_DEMO_LOADED_QUEUE = 'cases.demo-loaded';
const SWEEP_BATCH = 500;
const LIGHT_NAMES: Record<Light, { zh: string; en: string }> = {
  green: { zh: '绿灯', en: 'green' },
  yellow: { zh: '黄灯', en: 'yellow' },
  red: { zh: '红灯', en: 'red' },
  overdue: { zh: '超期', en: 'overdue' },
};

/**
 * Updates the lights that changed by `now`: only rows whose stored next-change time has passed
 * (an index range scan), one batch per transaction and a fixed number of statements per batch
 * whatever its size — one UPDATE for the batch's lights, the changed cases' events appended in bulk,
 * their staff notifications in one INSERT. Each change is an event on the case's chain; yellow, red
 * and overdue tell the staff who hold the case. Returns how many lights changed.
 */
export async function sweepLights(ctx: AppContext, now: Date): Promise<number> {
  let changed = 0;
  const staff: StaffCache = new Map();
  for (;;) {
    const batch = await ctx.db.transaction().execute(async (trx) => {
      const rows = await lockLightChanges(trx, now, SWEEP_BATCH);
      const lights = rows.map((r) => {
        // light_next_at is only ever set together with the three due dates.
        const dues = { assessmentDue: r.assessment_due!, promisedDue: r.promised_due!, statutoryDue: r.statutory_due! };
        return { id: r.id, light: lightAt(now, dues), next: nextLineAfter(now, dues) };
      });
      await setLights(trx, lights);
      const moved = rows.flatMap((r, i) => (lights[i].light !== r.light ? [{ row: r, light: lights[i].light }] : []));
      await appendEvents(
        trx,
        moved.map(({ row: r, light }) => ({
          chain: `case:${r.id}`,
          action: 'case.light_change',
          actorName: SYSTEM_ACTOR.name,
          subjectType: 'case',
          subjectId: r.id,
          regionCode: r.region_code,
          data: { from: r.light, to: light },
          at: now,
        })),
      );
      const notices: NotificationInput[] = [];
      for (const { row: r, light } of moved) {
        if (light === 'green') continue;
        const params = { lightZh: LIGHT_NAMES[light].zh, lightEn: LIGHT_NAMES[light].en, promisedDate: dateOf(r.promised_due) };
        // The handler (whoever the case is assigned to) by SMS too; at red and overdue the head of
        // each department holding the case, in-app and by SMS (docs/domain.md, electronic supervision).
        const handler = r.assignee_id ? new Set([r.assignee_id]) : undefined;
        if (r.assignee_id)
          notices.push({
            userId: r.assignee_id,
            channels: ['inapp', 'sms'],
            template: 'case.light_warning',
            params: { caseNo: r.case_no ?? '', itemName: r.item_name, ...params },
            subjectType: 'case',
            subjectId: r.id,
          });
        if (r.departments.length) {
          notices.push(...(await staffNotifications(trx, r, ['reviewer', 'approver'], r.departments, 'case.light_warning', params, staff, handler)));
          if (light === 'red' || light === 'overdue')
            notices.push(...(await staffNotifications(trx, r, ['dept_head'], r.departments, 'case.light_warning', params, staff, handler, ['inapp', 'sms'])));
        } else notices.push(...(await staffNotifications(trx, r, ['dispatcher', 'window_clerk'], undefined, 'case.light_warning', params, staff, handler)));
      }
      await queueMany(trx, notices);
      return { rows: rows.length, changed: moved.length };
    });
    changed += batch.changed;
    if (batch.rows < SWEEP_BATCH) return changed;
  }
}

const OWING: readonly CaseStatus[] = ['accepted', 'routed', 'reviewed', 'special_procedure'];

/**
 * A 容缺 timer fired. `remind`: tell the applicant what is still owed. `expire`: if anything is
 * still owed at the deadline, the case is closed as not accepted, with notice. Either does nothing
 * when the materials came in or the case moved on.
 */
export async function handleDeficiencyJob(ctx: AppContext, payload: { caseId: string; kind: 'remind' | 'expire' }, now: Date): Promise<void> {
  const cal = await ctx.calendar.get();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.lockCase(trx, payload.caseId);
    if (!row || !row.deficiency || !OWING.includes(row.status as CaseStatus)) return;
    const d = row.deficiency as unknown as Deficiency;
    const params = { dueDate: d.dueDate, materials: joinList(d.items.map((i) => i.name)) };
    if (payload.kind === 'remind') {
      await notifyApplicant(trx, row, 'case.deficiency_reminder', params);
      await appendEvent(trx, {
        chain: `case:${row.id}`,
        action: 'case.deficiency_remind',
        actorName: SYSTEM_ACTOR.name,
        subjectType: 'case',
        subjectId: row.id,
        regionCode: row.region_code,
        data: { owed: d.items.map((i) => i.materialCode) },
        at: now,
      });
      return;
    }
    // A job that runs early (a clock skew between nodes) waits for the real deadline.
    if (now.getTime() <= new Date(d.due).getTime()) throw new Error(`case ${row.id}: deficiency deadline ${d.due} not reached yet`);
    const item = await getCaseItem(ctx.db, row.item_code, row.item_version, trx);
    await applyTransition(trx, row, item, cal, {
      action: 'case.deficiency_expire',
      to: 'not_accepted',
      patch: { decision_data: JSON.stringify({ notAcceptedReasons: [`逾期未补交容缺材料：${params.materials}`] }) },
      eventData: { owed: d.items.map((i) => i.materialCode), due: d.due },
      now,
      actorId: SYSTEM_ACTOR.id,
      actorName: SYSTEM_ACTOR.name,
      after: (r) => notifyApplicant(trx, r, 'case.deficiency_expired', params),
    });
  });
}

/**
 * The demo job: loads the demo cases, then sweeps their lights to `now` at once — each light was
 * computed at its case's last (past) step, and the first sign-in should not wait for the next
 * minute's sweep to see the lights the demo was built for.
 */
export async function loadDemoCasesWithLights(ctx: AppContext, now: Date): Promise<number> {
  const made = await loadDemoCases(ctx, now);
  if (made) {
    await sweepLights(ctx, now);
    await ctx.jobs.send(CASES_DEMO_LOADED_QUEUE, {}, { singletonKey: 'cases-demo-loaded', maxAttempts: 3 });
  }
  return made;
}

/** Registers the handlers and the every-minute light sweep (kept across restarts). */
export async function registerCasesJobs(ctx: AppContext): Promise<void> {
  ctx.jobs.work(LIGHTS_QUEUE, async () => {
    const changed = await sweepLights(ctx, ctx.clock.now());
    if (changed) ctx.log.info({ changed }, 'case lights changed');
  });
  ctx.jobs.work(DEFICIENCY_QUEUE, (job) => handleDeficiencyJob(ctx, job.payload as { caseId: string; kind: 'remind' | 'expire' }, ctx.clock.now()));
  ctx.jobs.work(SPECIAL_QUEUE, (job) => handleSpecialDueJob(ctx, job.payload as { caseId: string; startedAt: string }, ctx.clock.now()));
  ctx.jobs.work(CASES_DEMO_QUEUE, async () => {
    const started = Date.now();
    const made = await loadDemoCasesWithLights(ctx, ctx.clock.now());
    if (made) ctx.log.info({ cases: made, ms: Date.now() - started }, 'demo cases loaded');
  });
  await ctx.jobs.schedule('case-lights', LIGHTS_QUEUE, 60);
}
