import client from 'prom-client';
import type { AppContext } from '../../context';
import { resolveSession } from '../auth/auth.service';
import { AppError, ERR } from '../errors';
import { addressMatcher } from './address-list';
import { SESSION_COOKIE } from './session-hooks';
import type { App } from './types';

/**
 * Prometheus metrics at /metrics: process defaults plus request counts and latency by route.
 * Readable from the addresses in TONGBAN_METRICS_ALLOW (default loopback: the scraper on the
 * host) or with an administrator's session; anyone else gets 404, as if there were none.
 */
export function registerMetrics(app: App, ctx: AppContext): client.Registry {
  const allowed = addressMatcher(ctx.config.metricsAllow);
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'tongban_' });
  const duration = new client.Histogram({
    name: 'tongban_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook('onResponse', async (req, reply) => {
    // The route pattern, not the URL, so ids do not explode the label set.
    const route = req.routeOptions.url ?? 'unmatched';
    duration.observe({ method: req.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    if (!allowed(req.ip)) {
      const token = req.cookies[SESSION_COOKIE];
      const session = token ? await resolveSession(ctx.db, ctx.config, token).catch(() => null) : null;
      if (!session?.actor.roles.includes('admin')) throw new AppError(ERR.ROUTE_NOT_FOUND, { method: req.method, url: '/metrics' });
    }
    void reply.type(registry.contentType);
    return registry.metrics();
  });
  return registry;
}
