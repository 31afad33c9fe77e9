import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context';
import { resolveSession } from '../auth/auth.service';
import type { Actor } from '../auth/roles';
import { AppError, ERR } from '../errors';
import { requestLang } from './lang';
import type { App } from './types';

export const SESSION_COOKIE = 'tb_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The signed-in actor, or the right 401 (expired session vs. never signed in). */
export function requireActor(req: FastifyRequest): Actor {
  if (req.actor) return req.actor;
  throw new AppError(req.sessionExpired ? ERR.SESSION_EXPIRED : ERR.UNAUTHENTICATED);
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure when configured for HTTPS. */
export function setSessionCookie(reply: FastifyReply, ctx: AppContext, token: string, expiresAt: Date): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.cookieSecure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, ctx: AppContext): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: ctx.config.cookieSecure });
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Resolves the session cookie into `req.actor` on every request, and requires the session's CSRF
 * token in `X-CSRF-Token` on every state-changing request made with a session.
 */
export function registerSessionHooks(app: App, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('lang', 'zh-CN');

  app.addHook('onRequest', async (req, reply) => {
    req.lang = requestLang(req);
    const token = req.cookies[SESSION_COOKIE];
    if (!token || !req.url.startsWith('/api/')) return;
    try {
      const s = await resolveSession(ctx.db, ctx.config, token);
      req.actor = s.actor;
      req.csrfToken = s.csrfToken;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      req.sessionExpired = true;
      clearSessionCookie(reply, ctx);
    }
  });

  app.addHook('preValidation', async (req) => {
    if (SAFE_METHODS.has(req.method) || !req.csrfToken || req.routeOptions.config?.csrf === false) return;
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameToken(sent, req.csrfToken)) throw new AppError(ERR.CSRF_TOKEN_INVALID);
  });
}
