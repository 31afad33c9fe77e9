import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { AppError, ERR } from '../errors';
import type { App } from './types';

const API_PREFIXES = ['/api/', '/open311/', '/healthz', '/metrics', '/openapi.json', '/docs'];

/**
 * Serves the built web app from `webDir` and answers every other non-API GET with index.html, so
 * the browser's router handles deep links. API paths that match no route get a JSON 404.
 */
export async function registerWebApp(app: App, webDir: string): Promise<void> {
  const index = path.join(webDir, 'index.html');
  const hasWeb = fs.existsSync(index);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      wildcard: true,
      index: false,
      cacheControl: false,
      setHeaders: (reply, file) => {
        // Hashed asset names never change content; everything else must be revalidated.
        void reply.header('Cache-Control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  if (hasWeb) {
    // The static plugin answers a directory (/) with 403 when index is off; the home page is the app.
    app.get('/', { schema: { hide: true } }, async (_req, reply) => {
      void reply.header('Cache-Control', 'no-cache');
      return reply.type('text/html; charset=utf-8').send(fs.createReadStream(index));
    });
  }
  app.setNotFoundHandler(async (req, reply) => {
    // A missing asset is a 404, never the app page (a stale tab asking for an old bundle).
    const isApi = API_PREFIXES.some((p) => req.url.startsWith(p)) || req.url.startsWith('/assets/');
    if (isApi || req.method !== 'GET' || !hasWeb) {
      throw new AppError(ERR.ROUTE_NOT_FOUND, { method: req.method, url: req.url.split('?')[0].slice(0, 200) });
    }
    void reply.header('Cache-Control', 'no-cache');
    return reply.type('text/html; charset=utf-8').send(fs.createReadStream(index));
  });
}
