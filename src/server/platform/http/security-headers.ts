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

/** The security headers of every response; HSTS only when served over HTTPS (secure cookies). */
export function securityHeaders(hsts: boolean): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(hsts ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/**
 * Security headers on every response (pages, API, errors, files). A route that takes over its
 * response (the hall screen's event stream) skips onSend and writes `securityHeaders` itself.
 */
export function registerSecurityHeaders(app: App, opts: { hsts: boolean }): void {
  const headers = securityHeaders(opts.hsts);
  app.addHook('onSend', async (_req, reply) => {
    void reply.headers(headers);
  });
}
