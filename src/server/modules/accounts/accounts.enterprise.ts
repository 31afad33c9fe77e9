import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { inviteBody } from '../../../shared/accounts/accounts.schemas';
import type { DB } from '../../db/types';
import { AUDIT_CHAIN } from '../../platform/audit/audit';
import { appendEvent } from '../../platform/audit/events.repository';
import { authorize } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/roles';
import { AppError, ERR } from '../../platform/errors';
import { maskMobile } from '../../platform/ids/mobile';
import { queueNotification } from '../../platform/notifications/notify';
import { ACCOUNT_ERR } from './accounts.errors';
import { ACCOUNT_MSG } from './accounts.notify';
import { accountsPolicy } from './accounts.policy';
import * as repo from './accounts.repository';

/** Days an invitation waits for the invitee. */
export const INVITE_DAYS = 7;

/** The enterprise the actor's account belongs to (by its credit code), or NOT_FOUND. */
async function enterpriseOf(db: Kysely<DB>, actor: Actor) {
  const user = await db.selectFrom('users').select('uscc').where('id', '=', actor.id).executeTakeFirst();
  const enterprise = user?.uscc ? await repo.findEnterprise(db, user.uscc) : undefined;
  if (!enterprise) throw new AppError(ERR.NOT_FOUND);
  return enterprise;
}

/** The actor's enterprise; its administrator also sees the invitations. */
export async function getMyEnterprise(db: Kysely<DB>, actor: Actor | null) {
  authorize(actor, accountsPolicy, 'enterprise.read');
  const e = await enterpriseOf(db, actor);
  const isAdmin = e.admin_user_id === actor.id;
  const invites = isAdmin ? await repo.findInvites(db, e.uscc) : [];
  return {
    uscc: e.uscc,
    name: e.name,
    legalRepName: e.legal_rep_name,
    isAdmin,
    invites: invites.map((i) => ({
      id: i.id,
      personName: i.person_name,
      maskedMobile: maskMobile(i.mobile),
      status: i.status,
      createdAt: i.created_at,
      expiresAt: i.expires_at,
    })),
  };
}

/**
 * Invites a member of staff: a pending account bound to the enterprise's credit code, told by
 * SMS where to complete it (with an SMS code to the same number and a password of their own).
 */
export async function inviteStaff(db: Kysely<DB>, actor: Actor | null, input: z.output<typeof inviteBody>, publicUrl: string, now: Date): Promise<void> {
  authorize(actor, accountsPolicy, 'enterprise.read');
  const e = await enterpriseOf(db, actor);
  if (e.admin_user_id !== actor.id) throw new AppError(ACCOUNT_ERR.NOT_ENTERPRISE_ADMIN);
  authorize(actor, accountsPolicy, 'enterprise.invite', { ownerId: e.admin_user_id });
  if (await repo.isMobileTaken(db, input.mobile)) throw new AppError(ACCOUNT_ERR.MOBILE_ALREADY_REGISTERED);
  if (await repo.hasPendingInvite(db, input.mobile)) throw new AppError(ACCOUNT_ERR.INVITE_PENDING);
  try {
    await db.transaction().execute(async (trx) => {
      const id = await repo.insertInvite(trx, {
        uscc: e.uscc,
        mobile: input.mobile,
        personName: input.personName,
        invitedBy: actor.id,
        expiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000),
      });
      await queueNotification(trx, {
        mobile: input.mobile,
        channels: ['sms'],
        template: ACCOUNT_MSG['account.invited'],
        params: { enterprise: e.name, name: input.personName, days: INVITE_DAYS, url: `${publicUrl}/register/invite` },
        subjectType: 'enterprise_invite',
        subjectId: id,
      });
      await appendEvent(trx, {
        chain: AUDIT_CHAIN,
        action: 'account.invite_sent',
        actorId: actor.id,
        actorName: actor.displayName,
        subjectType: 'enterprise_invite',
        subjectId: id,
        regionCode: actor.regionCode,
        data: { uscc: e.uscc, personName: input.personName, mobile: maskMobile(input.mobile) },
        at: now,
      });
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw new AppError(ACCOUNT_ERR.INVITE_PENDING);
    throw err;
  }
}

/** Withdraws a pending invitation. */
export async function revokeInvite(db: Kysely<DB>, actor: Actor | null, inviteId: string, now: Date): Promise<void> {
  authorize(actor, accountsPolicy, 'enterprise.read');
  const e = await enterpriseOf(db, actor);
  authorize(actor, accountsPolicy, 'enterprise.invite', { ownerId: e.admin_user_id });
  await db.transaction().execute(async (trx) => {
    if (!(await repo.setInviteStatus(trx, inviteId, e.uscc, 'revoked', null))) throw new AppError(ACCOUNT_ERR.INVITE_NOT_FOUND);
    await appendEvent(trx, {
      chain: AUDIT_CHAIN,
      action: 'account.invite_revoked',
      actorId: actor.id,
      actorName: actor.displayName,
      subjectType: 'enterprise_invite',
      subjectId: inviteId,
      regionCode: actor.regionCode,
      data: { uscc: e.uscc },
      at: now,
    });
  });
}
