import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError, ERR } from '../errors';
import { startDatabaseProbe } from './db-probe';
import { makeErrorHandler } from './error-handler';
import { registerHeavyGate } from './heavy-gate';
import { registerMetrics } from './metrics';
import { registerTextGuard } from './text-guard';
import { registerSecurityHeaders } from './security-headers';
import { registerSessionHooks } from './session-hooks';
import type { App, RoutesPlugin } from './types';
import { registerWebApp } from './web-static';

export interface BuildAppOptions {
  ctx: AppContext;
  routes: RoutesPlugin[];
  /** Directory of the built web app; omitted in API-only tests. */
  webDir?: string;
  /** Request and error log; omitted in tests. */
  log?: FastifyBaseLogger;
}

/** One route the app serves: method, URL pattern and its schema (for tests that must cover every route). */
export interface RouteInfo {
  method: string;
  url: string;
  schema?: { querystring?: unknown; params?: unknown; body?: unknown };
}

const ROUTE_LISTS = new WeakMap<object, RouteInfo[]>();

/** Every route registered on an app made by buildApp, including plugins' (docs, static files). */
export function listRoutes(app: App): readonly RouteInfo[] {
  return ROUTE_LISTS.get(app) ?? [];
}

/** Config's trustProxy as Fastify takes it: a hop count trusts the nearest `n` hops (as proxy-addr does). */
function trustProxyOption(v: AppContext['config']['trustProxy']): boolean | string[] | ((addr: string, hop: number) => boolean) {
  if (typeof v === 'number') return (_addr, hop) => hop < v;
  return v === false ? false : [...v];
}

/**
 * The HTTP server: zod-validated routes with an OpenAPI document, sessions and CSRF, one error
 * handler, metrics, health, and (when built) the web app.
 */
export async function buildApp(opts: BuildAppOptions): Promise<App> {
  const { ctx } = opts;
  const handleError = makeErrorHandler(ctx.db);
  const app = Fastify({
    ...(opts.log ? { loggerInstance: opts.log } : { logger: false }),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    // Only configured proxies may set the client address (X-Forwarded-For); every per-address
    // limit depends on it. Default: nobody.
    trustProxy: trustProxyOption(ctx.config.trustProxy),
    // Errors Fastify raises before routing (a malformed %-escape in the URL) get our error body too.
    frameworkErrors: (err, req, reply) => void handleError(err, req, reply),
  }).withTypeProvider<ZodTypeProvider>();

  const routes: RouteInfo[] = [];
  ROUTE_LISTS.set(app, routes);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) routes.push({ method, url: r.url, schema: r.schema as RouteInfo['schema'] });
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.addHook('onSend', async (req, reply) => {
    void reply.header('X-Request-Id', String(req.id));
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tongban 通办 API',
        description:
          'Baotou integrated online government-services platform. State-changing requests with a session need the X-CSRF-Token header (from GET /api/v1/me).',
        version: '1.0.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tb_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  registerSessionHooks(app, ctx);
  registerTextGuard(app);
  registerSecurityHeaders(app, { hsts: ctx.config.cookieSecure });
  registerMetrics(app, ctx);

  registerHeavyGate(app, ctx);
  const probe = startDatabaseProbe(ctx);
  app.addHook('onClose', async () => probe.stop());
  app.get('/healthz', {
    schema: {
      tags: ['ops'],
      summary:
        'Liveness: answers from memory (never queues behind database work) with the result of the last database probe (every few seconds); 503 when the database has not answered lately',
      response: { 200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) }) },
    },
    handler: async () => {
      await probe.ready();
      if (!probe.healthy()) throw new AppError(ERR.DATABASE_UNAVAILABLE);
      return { status: 'ok' as const, db: ctx.database.kind };
    },
  });
  app.get('/readyz', {
    schema: {
      tags: ['ops'],
      summary: 'Readiness: a database round trip now',
      response: { 200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) }) },
    },
    handler: async () => {
      await ctx.db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
      return { status: 'ok' as const, db: ctx.database.kind };
    },
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  for (const routes of opts.routes) await routes(app, ctx);
  await registerWebApp(app, opts.webDir ?? '');
  await app.ready();
  return app;
}
