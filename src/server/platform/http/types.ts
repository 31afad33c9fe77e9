import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import type { Actor } from '../auth/roles';
import type { Lang } from '../errors';

/** The Fastify instance every route file gets: zod schemas type the handlers. */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** A module's routes: registered by the composition root with the shared context. */
export type RoutesPlugin = (app: App, ctx: AppContext) => Promise<void> | void;

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null for anonymous requests. */
    actor: Actor | null;
    /** The session's CSRF token (null without a session). */
    csrfToken: string | null;
    lang: Lang;
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    /** A session cookie came but its session is gone or expired. */
    sessionExpired: boolean;
  }
  interface FastifyContextConfig {
    /** false on routes that take state-changing requests without a session's CSRF token (sign-in). */
    csrf?: boolean;
  }
}
