import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types';
import { appendEvent } from '../../../platform/audit/events.repository';
import { can } from '../../../platform/auth/policy';
import { AppError } from '../../../platform/errors';
import type { ActionBody } from './actions.schemas';
import { distanceMetres } from '../intake/hotline.geo';
import { HOTLINE_ERR } from '../hotline.errors';
import { notifyCaller } from '../hotline.notify';
import { hotlinePolicy, ticketRecord } from '../hotline.policy';
import { findDuplicateCandidates } from './tickets.list.repository';
import * as repo from './tickets.repository';
import { applyChange, type ActionHandler } from './tickets.transition';

/**
 * Duplicates (重复工单): tickets about the same thing — same category, same place (within 200 m or
 * the same normalised address), within 3 days — are suggested to the dispatcher, who merges them
 * under one master ticket. Merged tickets follow their master: its departments see them, its reply
 * is sent to their callers, and they close with it.
 */

export const DUPLICATE_DAYS = 3;
export const DUPLICATE_METRES = 200;

export interface DuplicateCandidate {
  row: repo.TicketRow;
  /** Metres between the two map points, when both have one. */
  distance: number | null;
  sameAddress: boolean;
}

/** Open tickets that look like the same matter as this one, nearest first. */
export async function findDuplicates(db: repo.Executor, row: repo.TicketRow): Promise<DuplicateCandidate[]> {
  const candidates = await findDuplicateCandidates(db, row, DUPLICATE_DAYS);
  const out: DuplicateCandidate[] = [];
  for (const c of candidates) {
    const distance =
      row.lat != null && row.lng != null && c.lat != null && c.lng != null
        ? Math.round(distanceMetres({ lat: row.lat, lng: row.lng }, { lat: c.lat, lng: c.lng }))
        : null;
    const sameAddress = !!row.address_norm && row.address_norm === c.address_norm;
    if (sameAddress || (distance !== null && distance <= DUPLICATE_METRES)) out.push({ row: c, distance, sameAddress });
  }
  return out.sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0));
}

/** 合并: the ticket joins a master of the same category; its departments are released. */
export const mergeHandler: ActionHandler<ActionBody<'merge'>> = async ({ trx, row, current, actor, now, body }) => {
  const bad = (reasonZh: string, reasonEn: string) => new AppError(HOTLINE_ERR.MERGE_TARGET_INVALID, { reason: reasonZh, reasonEn });
  if (body.masterId === row.id) throw bad('不能合并到自身', 'a ticket cannot be merged into itself');
  const master = await repo.lockTicket(trx, body.masterId);
  // Outside the dispatcher's region counts as absent, like any other ticket they cannot see.
  if (!master || !can(actor, hotlinePolicy, 'merge', ticketRecord(master))) throw bad('主工单不存在', 'no such master ticket');
  if (master.status === 'merged' || master.status === 'closed') throw bad('主工单已合并或已办结', 'the master ticket is merged or closed');
  if (master.category_code !== row.category_code) throw bad('分类不同', 'the categories differ');
  if ((await repo.findChildren(trx, row.id)).length > 0) throw bad('本工单已有合并进来的工单', 'this ticket is itself a master of others');
  for (const a of current) await repo.updateAssignment(trx, a.id, { status: 'withdrawn' });
  await appendEvent(trx, {
    chain: `ticket:${master.id}`,
    action: 'ticket.merged_in',
    actorId: actor.id,
    actorName: actor.displayName,
    subjectType: 'hotline_ticket',
    subjectId: master.id,
    regionCode: master.region_code,
    data: { childId: row.id, childNo: row.ticket_no },
    at: now,
  });
  return {
    patch: { master_ticket_id: master.id, departments: master.departments, department_code: master.department_code, extension: null },
    event: { masterId: master.id, masterNo: master.ticket_no, withdrawn: current.map((a) => a.department_code) },
  };
};

/** After a master's dispatch or transfer: its departments see the merged tickets too. */
export async function syncChildren(trx: Transaction<DB>, master: repo.TicketRow): Promise<void> {
  await repo.updateMergedChildren(trx, master.id, { departments: master.departments, department_code: master.department_code });
}

/** Carries a master's reply or closing over to the tickets merged into it. */
export async function followMaster(
  trx: Transaction<DB>,
  master: repo.TicketRow,
  kind: 'replied' | 'closed',
  who: { now: Date; actorId: string | null; actorName: string; department?: string },
): Promise<void> {
  const children = (await repo.findChildren(trx, master.id)).filter((c) => c.status === 'merged');
  for (const child of children) {
    if (kind === 'replied') {
      await notifyCaller(trx, child, 'hotline.replied', { reply: master.reply ?? '', department: who.department ?? '' });
      await appendEvent(trx, {
        chain: `ticket:${child.id}`,
        action: 'ticket.master_replied',
        actorId: who.actorId,
        actorName: who.actorName,
        subjectType: 'hotline_ticket',
        subjectId: child.id,
        regionCode: child.region_code,
        data: { masterId: master.id, masterNo: master.ticket_no, reply: master.reply },
        at: who.now,
      });
      continue;
    }
    await applyChange(trx, child, {
      action: 'ticket.closed_with_master',
      to: 'closed',
      patch: { reply: master.reply, replied_at: master.replied_at, close_note: `随主工单 ${master.ticket_no} 办结`, resolution: 'handled' },
      event: { masterId: master.id, masterNo: master.ticket_no },
      now: who.now,
      actorId: who.actorId,
      actorName: who.actorName,
    });
  }
}
