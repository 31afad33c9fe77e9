import { redactPersonalText } from '../ids/redact';

/** Query parameters whose values are secrets or personal data whatever they look like. */
const SECRET_PARAMS = /phone|mobile|tail|idnumber|id_number|idcard|password|token|key|name/i;

/**
 * A request URL fit for the access log: the path through the platform redaction, every query
 * value either dropped (phone tails, ID tails, tokens, names) or redacted.
 */
export function redactUrlForLog(url: string): string {
  const q = url.indexOf('?');
  const pathPart = redactPersonalText(safeDecode(q < 0 ? url : url.slice(0, q)));
  if (q < 0) return pathPart;
  const params = url
    .slice(q + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      const key = safeDecode(eq < 0 ? pair : pair.slice(0, eq)).slice(0, 64);
      if (eq < 0) return key;
      return `${key}=${SECRET_PARAMS.test(key) ? '[redacted]' : redactPersonalText(safeDecode(pair.slice(eq + 1)))}`;
    });
  return `${pathPart}?${params.join('&')}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** pino serializers of the access log: Fastify's request fields with the URL redacted. */
export const logSerializers = {
  req(req: { method?: string; url?: string; host?: string; ip?: string; socket?: { remotePort?: number } }) {
    return { method: req.method, url: redactUrlForLog(req.url ?? ''), host: req.host, remoteAddress: req.ip, remotePort: req.socket?.remotePort };
  },
};
