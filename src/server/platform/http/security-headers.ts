import type { App } from './types';

/**
 * Content Security Policy of the web app and API: our own origin only. The built Vite app loads
 * scripts and styles from /assets (no inline script); Ant Design writes its styles at run time
 * (CSS-in-JS), so styles need 'unsafe-inline'; icons and charts use data: and blob: images.
 * Swagger UI at /docs fits the same policy (external scripts, inline styles).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Security headers on every response (pages, API, errors, files); HSTS only when served over HTTPS (secure cookies). */
export function registerSecurityHeaders(app: App, opts: { hsts: boolean }): void {
  app.addHook('onSend', async (_req, reply) => {
    void reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    void reply.header('X-Frame-Options', 'DENY');
    void reply.header('X-Content-Type-Options', 'nosniff');
    void reply.header('Referrer-Policy', 'no-referrer');
    void reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    if (opts.hsts) void reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  });
}
