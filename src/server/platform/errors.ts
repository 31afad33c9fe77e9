/**
 * One error type for the whole server. A service throws `new AppError(ERR.X, params)`; the HTTP
 * layer maps the error's kind to a status (the single table below) and renders the message in the
 * request's language. Services never throw HTTP errors.
 */
export type ErrorKind =
  | 'bad_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported_media'
  | 'rule'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

export const STATUS_BY_KIND: Readonly<Record<ErrorKind, number>> = {
  bad_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media: 415,
  rule: 422,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export type Lang = 'zh-CN' | 'en-US';

export interface ErrorDef {
  code: string;
  kind: ErrorKind;
  /** Message templates; `{name}` is replaced by the matching param. */
  zh: string;
  en: string;
}

type Defs = Record<string, Omit<ErrorDef, 'code'>>;

/** Declares a module's error codes; the object key becomes the stable code string. */
export function defineErrors<T extends Defs>(defs: T): { [K in keyof T]: ErrorDef } {
  const out = {} as { [K in keyof T]: ErrorDef };
  for (const [code, d] of Object.entries(defs)) out[code as keyof T] = { code, ...d };
  return out;
}

export type ErrorParams = Record<string, string | number>;

export class AppError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  constructor(
    readonly def: ErrorDef,
    readonly params: ErrorParams = {},
    readonly details?: unknown,
  ) {
    super(formatMessage(def.en, params));
    this.code = def.code;
    this.kind = def.kind;
  }

  get status(): number {
    return STATUS_BY_KIND[this.kind];
  }

  /** The message in the given language. */
  messageIn(lang: Lang): string {
    return formatMessage(lang === 'en-US' ? this.def.en : this.def.zh, this.params);
  }
}

function formatMessage(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** Errors every module may raise. Module-specific ones live in `<module>.errors.ts`. */
export const ERR = defineErrors({
  VALIDATION_FAILED: { kind: 'bad_input', zh: '提交的内容有误，请检查后重试', en: 'The request is invalid; check the fields and try again' },
  MALFORMED_JSON: { kind: 'bad_input', zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  UNAUTHENTICATED: { kind: 'unauthenticated', zh: '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: { kind: 'unauthenticated', zh: '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  INVALID_CREDENTIALS: { kind: 'unauthenticated', zh: '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: {
    kind: 'rate_limited',
    zh: '登录失败次数过多，账号已锁定，请 {minutes} 分钟后再试',
    en: 'Too many failed sign-ins; the account is locked, try again in {minutes} minutes',
  },
  ACCOUNT_DISABLED: { kind: 'forbidden', zh: '账号已停用，请联系管理员', en: 'This account is disabled; contact the administrator' },
  DATABASE_UNAVAILABLE: { kind: 'unavailable', zh: '数据库暂时无法访问', en: 'The database is not answering' },
  BUSY: { kind: 'unavailable', zh: '系统繁忙，请稍后再试', en: 'The system is busy; try again shortly' },
  QUERY_TIMEOUT: {
    kind: 'unavailable',
    zh: '查询耗时过长，已被取消；请缩小查询范围后重试',
    en: 'The query took too long and was cancelled; narrow it down and try again',
  },
  RATE_LIMITED: { kind: 'rate_limited', zh: '请求过于频繁，请 {seconds} 秒后再试', en: 'Too many requests; try again in {seconds} seconds' },
  CSRF_TOKEN_INVALID: { kind: 'forbidden', zh: '安全校验失败，请刷新页面后重试', en: 'Security check failed (CSRF token); reload the page and try again' },
  FORBIDDEN: { kind: 'forbidden', zh: '您无权执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { kind: 'not_found', zh: '未找到请求的内容', en: 'Not found' },
  ROUTE_NOT_FOUND: { kind: 'not_found', zh: '接口不存在：{method} {url}', en: 'No such endpoint: {method} {url}' },
  VERSION_CONFLICT: { kind: 'conflict', zh: '数据已被他人修改，请刷新后重试', en: 'The record was changed by someone else; reload and try again' },
  IDEMPOTENCY_KEY_REUSED: { kind: 'conflict', zh: '该幂等键已用于另一个不同的请求', en: 'This Idempotency-Key was already used for a different request' },
  PAYLOAD_TOO_LARGE: { kind: 'too_large', zh: '提交的内容过大', en: 'The request is too large' },
  UNSUPPORTED_MEDIA_TYPE: { kind: 'unsupported_media', zh: '不支持的内容类型', en: 'Unsupported content type' },
  INTERNAL: {
    kind: 'internal',
    zh: '服务器内部错误，请稍后重试（请求编号 {requestId}）',
    en: 'Internal server error; please try again later (request id {requestId})',
  },
});
