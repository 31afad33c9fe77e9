import { z } from 'zod';
import type { AppContext } from '../../context';
import { clearSessionCookie, requireActor, setSessionCookie } from '../http/session-hooks';
import type { App } from '../http/types';
import { findOrgNames } from '../org/org.repository';
import { signIn, signOut } from './auth.service';
import { loginBody, meResponse, type Me } from './auth.schemas';
import type { Actor } from './roles';
import type { Lang } from '../errors';

/** The `GET /me` answer for a fresh or resolved session (also what every way of signing in returns). */
export async function toMe(ctx: AppContext, actor: Actor, csrfToken: string, lang: Lang): Promise<Me> {
  const names = await findOrgNames(ctx.db, actor.regionCode, actor.departmentCode);
  const pick = (n: { zh: string; en: string } | null) => (n ? (lang === 'en-US' ? n.en : n.zh) : null);
  return {
    id: actor.id,
    username: actor.username,
    displayName: actor.displayName,
    roles: actor.roles,
    departmentCode: actor.departmentCode,
    departmentName: pick(names.department),
    regionCode: actor.regionCode,
    regionName: pick(names.region) ?? actor.regionCode,
    csrfToken,
  };
}

/** Sign-in, sign-out and "who am I". */
export function authRoutes(app: App, ctx: AppContext): void {
  app.post('/api/v1/auth/login', {
    config: { csrf: false },
    schema: { tags: ['auth'], summary: 'Sign in (sets the session cookie)', body: loginBody, response: { 200: meResponse } },
    handler: async (req, reply) => {
      const s = await signIn(ctx.db, ctx.config, {
        username: req.body.username,
        password: req.body.password,
        ip: req.ip ?? null,
        userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
      });
      setSessionCookie(reply, ctx, s.token, s.expiresAt);
      return toMe(ctx, s.actor, s.csrfToken, req.lang);
    },
  });

  app.post('/api/v1/auth/logout', {
    schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null().describe('No content') } },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      await signOut(ctx.db, actor);
      clearSessionCookie(reply, ctx);
      return reply.status(204).send(null);
    },
  });

  // The web app's probe on every page load: a visitor who is not signed in is an answer, not an
  // error, so it is 200 with `me: null` (a 401 here logged an error in every anonymous visitor's console).
  app.get('/api/v1/auth/session', {
    schema: {
      tags: ['auth'],
      summary: 'The signed-in user (as GET /api/v1/me), or `me: null` for a visitor who is not signed in',
      response: { 200: z.object({ me: meResponse.nullable() }) },
    },
    handler: async (req) => ({ me: req.actor ? await toMe(ctx, req.actor, req.csrfToken ?? '', req.lang) : null }),
  });

  app.get('/api/v1/me', {
    schema: { tags: ['auth'], summary: 'The signed-in user, with the CSRF token for state-changing requests', response: { 200: meResponse } },
    handler: async (req) => toMe(ctx, requireActor(req), req.csrfToken ?? '', req.lang),
  });
}
