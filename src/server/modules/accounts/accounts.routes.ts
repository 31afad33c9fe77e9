import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  citizenRegistrationBody,
  enterpriseRegistrationBody,
  enterpriseSchema,
  inviteAcceptBody,
  inviteBody,
  passwordResetBody,
  smsCodeRequestBody,
  smsCodeSentResponse,
  smsLoginBody,
} from '../../../shared/accounts/accounts.schemas';
import { meResponse } from '../../../shared/auth/auth.schemas';
import type { AppContext } from '../../context';
import { toMe } from '../../platform/auth/auth.routes';
import type { SignedIn } from '../../platform/auth/auth.service';
import { setSessionCookie } from '../../platform/http/session-hooks';
import type { App, RoutesPlugin } from '../../platform/http/types';
import { requestCode } from './accounts.codes';
import { getMyEnterprise, inviteStaff, revokeInvite } from './accounts.enterprise';
import type { RealNameVerifier } from './accounts.realname';
import { acceptInvite, registerCitizen, registerEnterprise, resetPassword, signInByCode, type Client } from './accounts.service';

function clientOf(req: FastifyRequest): Client {
  return { ip: req.ip ?? null, userAgent: req.headers['user-agent']?.slice(0, 300) ?? null };
}

/** Sets the session cookie and answers like `POST /auth/login`. */
async function signedIn(ctx: AppContext, req: FastifyRequest, reply: FastifyReply, s: SignedIn) {
  setSessionCookie(reply, ctx, s.token, s.expiresAt);
  return toMe(ctx, s.actor, s.csrfToken, req.lang);
}

// Anonymous forms: no session yet, so no CSRF token to send (a stale cookie must not block them).
const ANONYMOUS = { csrf: false } as const;

/**
 * Self-service accounts (issue 13): SMS codes, registration of citizens and enterprises (real-name
 * checked by the verifier the composition root passes in), sign-in by code, password reset, and
 * an enterprise administrator's staff invitations.
 */
export function createAccountsRoutes(verifier: RealNameVerifier): RoutesPlugin {
  return (app: App, ctx: AppContext) => {
    app.post('/api/v1/accounts/sms-codes', {
      config: ANONYMOUS,
      schema: {
        tags: ['accounts'],
        summary: 'Send a 6-digit SMS code (register, login, reset, invite); the same answer whether or not the number has an account',
        body: smsCodeRequestBody,
        response: { 200: smsCodeSentResponse },
      },
      handler: async (req) => requestCode(ctx.db, { purpose: req.body.purpose, mobile: req.body.mobile, ip: req.ip ?? null }, ctx.clock.now()),
    });

    app.post('/api/v1/accounts/citizens', {
      config: ANONYMOUS,
      schema: {
        tags: ['accounts'],
        summary: 'Register a citizen (real-name checked, mobile verified by SMS code) and sign in',
        body: citizenRegistrationBody,
        response: { 200: meResponse },
      },
      handler: async (req, reply) => signedIn(ctx, req, reply, await registerCitizen(ctx.db, ctx.config, verifier, req.body, clientOf(req), ctx.clock.now())),
    });

    app.post('/api/v1/accounts/enterprises', {
      config: ANONYMOUS,
      schema: {
        tags: ['accounts'],
        summary: 'Register an enterprise; the registering person becomes its administrator and is signed in',
        body: enterpriseRegistrationBody,
        response: { 200: meResponse },
      },
      handler: async (req, reply) =>
        signedIn(ctx, req, reply, await registerEnterprise(ctx.db, ctx.config, verifier, req.body, clientOf(req), ctx.clock.now())),
    });

    app.post('/api/v1/accounts/sms-login', {
      config: ANONYMOUS,
      schema: { tags: ['accounts'], summary: 'Sign in with an SMS code (sets the session cookie)', body: smsLoginBody, response: { 200: meResponse } },
      handler: async (req, reply) => signedIn(ctx, req, reply, await signInByCode(ctx.db, ctx.config, req.body, clientOf(req), ctx.clock.now())),
    });

    app.post('/api/v1/accounts/password-reset', {
      config: ANONYMOUS,
      schema: {
        tags: ['accounts'],
        summary: 'Set a new password with an SMS code; every session of the account ends',
        body: passwordResetBody,
        response: { 204: z.null() },
      },
      handler: async (req, reply) => {
        await resetPassword(ctx.db, req.body, clientOf(req), ctx.clock.now());
        return reply.status(204).send(null);
      },
    });

    app.post('/api/v1/accounts/invites/accept', {
      config: ANONYMOUS,
      schema: {
        tags: ['accounts'],
        summary: 'Complete an enterprise invitation with an SMS code and a password, and sign in',
        body: inviteAcceptBody,
        response: { 200: meResponse },
      },
      handler: async (req, reply) => signedIn(ctx, req, reply, await acceptInvite(ctx.db, ctx.config, req.body, clientOf(req), ctx.clock.now())),
    });

    app.get('/api/v1/accounts/enterprise', {
      schema: { tags: ['accounts'], summary: 'My enterprise; its administrator also sees the staff invitations', response: { 200: enterpriseSchema } },
      handler: async (req) => getMyEnterprise(ctx.db, req.actor),
    });

    app.post('/api/v1/accounts/enterprise/invites', {
      schema: { tags: ['accounts'], summary: 'Invite a member of staff (administrator only)', body: inviteBody, response: { 204: z.null() } },
      handler: async (req, reply) => {
        await inviteStaff(ctx.db, req.actor, req.body, ctx.config.publicUrl, ctx.clock.now());
        return reply.status(204).send(null);
      },
    });

    app.post('/api/v1/accounts/enterprise/invites/:id/revoke', {
      schema: {
        tags: ['accounts'],
        summary: 'Withdraw a pending invitation (administrator only)',
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null() },
      },
      handler: async (req, reply) => {
        await revokeInvite(ctx.db, req.actor, req.params.id, ctx.clock.now());
        return reply.status(204).send(null);
      },
    });
  };
}
