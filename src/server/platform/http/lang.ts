import type { FastifyRequest } from 'fastify';
import type { Lang } from '../errors';

/** The request's language: English when the client prefers it, Chinese otherwise. */
export function requestLang(req: FastifyRequest): Lang {
  const h = req.headers['accept-language'];
  const first = (Array.isArray(h) ? h[0] : h)?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en-US' : 'zh-CN';
}
