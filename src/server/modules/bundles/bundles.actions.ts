import type { AppContext } from '../../context';
import { appendEvent } from '../../platform/audit/events.repository';
import type { Actor } from '../../platform/auth/roles';
import { AppError, ERR } from '../../platform/errors';
import type { BUNDLE_ACTIONS } from '../../../shared/bundles/bundles.enums';
import type { BundleActionBody } from '../../../shared/bundles/bundles.schemas';
import { findBundleMemberCases, performActionIn, type BundleMemberCase } from '../cases';
import { getItemVersion, type BundlePlan } from '../catalog';
import { BUNDLE_ERR } from './bundles.errors';
import { mergeProblemError, splitInput } from './bundles.merge';
import { authorizeBundle } from './bundles.policy';
import * as repo from './bundles.repository';
import { blockedBy, isOpen, type BundleStatus } from './bundles.status';

/**
 * Bundle-level actions (docs/decisions.md D24): one action on the bundle is the member actions
 * it stands for, taken in one transaction through the cases engine — so each member still obeys
 * its own rules, and either every member changes or none does. Lock order: members (by id), then
 * the bundle, the order a member's own change takes too (member, then bundle in the observer).
 */

export type BundleAction = (typeof BUNDLE_ACTIONS)[number];

/** A bundle status in words, for refusals. */
export const STATUS_LABEL: Record<BundleStatus, { zh: string; en: string }> = {
  submitted: { zh: '已提交', en: 'submitted' },
  in_progress: { zh: '办理中', en: 'in progress' },
  correction_requested: { zh: '待补正', en: 'awaiting corrections' },
  ready: { zh: '待出件', en: 'ready to issue' },
  completed: { zh: '已办结', en: 'completed' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};
const ACTION_LABEL: Record<BundleAction, { zh: string; en: string }> = {
  accept: { zh: '受理', en: 'accepted' },
  request_correction: { zh: '发补正通知', en: 'sent a correction notice' },
  resubmit: { zh: '补正后重新提交', en: 'resubmitted' },
  issue: { zh: '出件', en: 'issued' },
  withdraw: { zh: '撤回', en: 'withdrawn' },
};

function notAvailable(status: BundleStatus, action: BundleAction): AppError {
  return new AppError(BUNDLE_ERR.BUNDLE_ACTION_NOT_AVAILABLE, {
    status: STATUS_LABEL[status].zh,
    statusEn: STATUS_LABEL[status].en,
    action: ACTION_LABEL[action].zh,
    actionEn: ACTION_LABEL[action].en,
  });
}

/** Which members an action would touch now (also what the detail view offers). */
export function membersFor(action: BundleAction, status: BundleStatus, members: readonly BundleMemberCase[], timing: DeliveryTiming): BundleMemberCase[] {
  if (status === 'withdrawn' || status === 'completed') return [];
  switch (action) {
    case 'accept':
      return members.filter((m) => (m.status === 'submitted' || m.status === 'prechecked') && blockedBy(m, members).length === 0);
    case 'request_correction':
      return members.filter((m) => ['submitted', 'prechecked', 'accepted'].includes(m.status));
    case 'resubmit':
      return members.filter((m) => m.status === 'correction_requested');
    case 'issue':
      // Results wanted together wait until no member is still being handled.
      if (timing === 'together' && members.some(isOpen)) return [];
      return members.filter((m) => m.status === 'completed');
    case 'withdraw':
      return members.filter((m) =>
        ['draft', 'submitted', 'prechecked', 'correction_requested', 'accepted', 'routed', 'reviewed', 'special_procedure'].includes(m.status),
      );
  }
}

type DeliveryTiming = 'together' | 'as_ready';

type Stored = { form: BundlePlan['form']; materials: BundlePlan['materials'] };

export async function performBundleAction<A extends BundleAction>(
  ctx: AppContext,
  actor: Actor,
  id: string,
  action: A,
  body: BundleActionBody<A>,
  now: Date,
): Promise<{ id: string; version: number; status: BundleStatus; cases: Array<{ id: string; status: string }> }> {
  const cal = await ctx.calendar.get();
  return ctx.db.transaction().execute(async (trx) => {
    const inside = { trx, cal };
    await repo.lockMembers(trx, id);
    const bundle = await repo.lockBundleCase(trx, id);
    if (!bundle) throw new AppError(BUNDLE_ERR.BUNDLE_CASE_NOT_FOUND);
    authorizeBundle(actor, 'bundle.view', bundle);
    authorizeBundle(actor, action, bundle);
    if (bundle.version !== body.version) throw new AppError(ERR.VERSION_CONFLICT, {}, { currentVersion: bundle.version });
    const members = await findBundleMemberCases(trx, id);
    const delivery = bundle.delivery as { timing: DeliveryTiming; mode: 'window' | 'express' | 'e_licence'; address?: string };
    const targets = membersFor(action, bundle.status, members, delivery.timing);
    const opinion = body.opinion ? { opinion: body.opinion } : {};
    const touched: Array<{ id: string; status: string }> = [];

    if (action === 'accept') {
      // Members whose required materials are all there; the others wait (a later stage for its results, or the applicant for a material).
      const ready: BundleMemberCase[] = [];
      const missing: string[] = [];
      for (const m of targets) {
        const item = await getItemVersion(trx, m.itemCode, m.itemVersion);
        const lacking = item.materials.filter((x) => x.required && !m.materialCodes.includes(x.code));
        if (lacking.length) missing.push(`《${m.itemName}》缺${lacking.map((x) => `“${x.name}”`).join('、')}`);
        else ready.push(m);
      }
      if (!ready.length) {
        const waiting = members.filter((m) => (m.status === 'submitted' || m.status === 'prechecked') && blockedBy(m, members).length);
        if (!waiting.length && !missing.length) throw notAvailable(bundle.status, action);
        throw new AppError(BUNDLE_ERR.BUNDLE_NOTHING_TO_ACCEPT, {
          waiting: [
            ...waiting.map(
              (m) =>
                `《${m.itemName}》等待${blockedBy(m, members)
                  .map((b) => `《${b.itemName}》`)
                  .join('、')}的结果`,
            ),
            ...missing,
          ].join('；'),
          waitingEn: [
            ...waiting.map(
              (m) =>
                `${m.itemName} waits for ${blockedBy(m, members)
                  .map((b) => b.itemName)
                  .join(', ')}`,
            ),
            ...(missing.length ? [`${missing.length} item(s) lack required materials (ask for a correction)`] : []),
          ].join('; '),
        });
      }
      for (const m of ready) {
        let ref = await performActionIn(ctx, inside, actor, m.id, 'accept', { version: m.version, ...opinion }, now);
        // 即办件 are decided on the spot at the window.
        if (m.instant) ref = await performActionIn(ctx, inside, actor, m.id, 'complete', { version: ref.version }, now);
        touched.push({ id: ref.id, status: ref.status });
      }
    } else if (action === 'request_correction') {
      const b = body as BundleActionBody<'request_correction'>;
      const byItem = new Map<string, typeof b.items>();
      for (const i of b.items) byItem.set(i.itemCode, [...(byItem.get(i.itemCode) ?? []), i]);
      for (const [itemCode, items] of byItem) {
        const m = members.find((x) => x.itemCode === itemCode);
        if (!m) throw new AppError(BUNDLE_ERR.BUNDLE_MEMBER_UNKNOWN, { itemCode });
        if (!targets.includes(m)) throw notAvailable(bundle.status, action);
        const ref = await performActionIn(
          ctx,
          inside,
          actor,
          m.id,
          'request_correction',
          { version: m.version, ...opinion, items: items.map(({ itemCode: _, ...rest }) => rest) },
          now,
        );
        touched.push({ id: ref.id, status: ref.status });
      }
    } else if (action === 'resubmit') {
      if (!targets.length) throw notAvailable(bundle.status, action);
      const b = body as BundleActionBody<'resubmit'>;
      const stored = bundle.definition as unknown as Stored;
      const split = splitInput(
        stored,
        targets.map((m) => m.itemCode),
        b.form ?? {},
        b.materials ?? [],
      );
      if (split.problems.length) throw mergeProblemError(split.problems[0]);
      for (const m of targets) {
        const input = split.members.get(m.itemCode)!;
        const ref = await performActionIn(
          ctx,
          inside,
          actor,
          m.id,
          'resubmit',
          { version: m.version, ...opinion, form: input.form, materials: input.materials },
          now,
        );
        touched.push({ id: ref.id, status: ref.status });
      }
    } else if (action === 'issue') {
      const open = members.filter(isOpen);
      if (delivery.timing === 'together' && open.length) throw new AppError(BUNDLE_ERR.BUNDLE_NOT_READY, { count: open.length });
      if (!targets.length) throw notAvailable(bundle.status, action);
      const b = body as BundleActionBody<'issue'>;
      const mode = b.mode ?? delivery.mode;
      for (const m of targets) {
        const item = await getItemVersion(trx, m.itemCode, m.itemVersion);
        const licence = item.resultType === 'licence' || item.resultType === 'certificate';
        // A result that is no licence (a receipt, a filing) goes the bundle's other way: by post when posting, else at the window.
        const own = mode === 'e_licence' && !licence ? (delivery.address ? 'express' : 'window') : mode;
        const ref = await performActionIn(
          ctx,
          inside,
          actor,
          m.id,
          'issue',
          {
            version: m.version,
            ...opinion,
            mode: own,
            ...(own === 'express' ? { trackingNo: b.trackingNo, carrier: b.carrier, recipient: b.recipient } : {}),
          },
          now,
        );
        touched.push({ id: ref.id, status: ref.status });
      }
    } else {
      if (!targets.length) throw notAvailable(bundle.status, action);
      const b = body as BundleActionBody<'withdraw'>;
      // Withdrawn first, so that each member's withdrawal leaves the bundle withdrawn rather than
      // passing it through the statuses the remaining members would make (bundles.status.ts).
      await repo.updateBundleCase(trx, id, { status: 'withdrawn', updated_at: now });
      for (const m of targets) {
        const ref = await performActionIn(ctx, inside, actor, m.id, 'withdraw', { version: m.version, ...(b.reason ? { reason: b.reason } : {}) }, now);
        touched.push({ id: ref.id, status: ref.status });
      }
    }

    let status = (await repo.findBundleCase(trx, id))!.status;
    if (action === 'withdraw') status = 'withdrawn';
    const version = await repo.updateBundleCase(trx, id, { status, ...(action === 'withdraw' ? { completed_at: null } : {}), updated_at: now });
    await appendEvent(trx, {
      chain: `bundle:${id}`,
      action: `bundle.${action}`,
      actorId: actor.id,
      actorName: actor.displayName,
      subjectType: 'bundle_case',
      subjectId: id,
      regionCode: bundle.region_code,
      data: { ...opinion, members: touched, ...(action === 'withdraw' && 'reason' in body && body.reason ? { reason: body.reason } : {}) },
      at: now,
    });
    return { id, version, status, cases: touched };
  });
}
