import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { recordDenial } from '../audit/denials';
import { AppError, ERR, type ErrorDef } from '../errors';

export interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
  requestId: string;
}

/** Fastify's own client errors, mapped to ours. */
const FASTIFY_CODES: Record<string, ErrorDef> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ERR.MALFORMED_JSON,
  FST_ERR_CTP_EMPTY_JSON_BODY: ERR.MALFORMED_JSON,
  FST_ERR_CTP_BODY_TOO_LARGE: ERR.PAYLOAD_TOO_LARGE,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ERR.UNSUPPORTED_MEDIA_TYPE,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ERR.VALIDATION_FAILED,
  FST_REQ_FILE_TOO_LARGE: ERR.PAYLOAD_TOO_LARGE,
  FST_FILES_LIMIT: ERR.PAYLOAD_TOO_LARGE,
  FST_PARTS_LIMIT: ERR.PAYLOAD_TOO_LARGE,
  FST_INVALID_MULTIPART_CONTENT_TYPE: ERR.UNSUPPORTED_MEDIA_TYPE,
};

/**
 * The one place errors become responses. AppErrors keep their code; schema failures list every bad
 * field; anything unexpected becomes a 500 with the request id and is logged, never its stack.
 * Permission denials are audited here, so no service can forget to.
 */
/** PostgreSQL's query_canceled: the statement timeout (config TONGBAN_STATEMENT_TIMEOUT_MS) fired. */
const QUERY_CANCELED = '57014';

export function makeErrorHandler(db: Kysely<DB>) {
  return async function handleError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
    const lang = req.lang ?? 'zh-CN';
    let appErr: AppError;
    if (err instanceof AppError) {
      appErr = err;
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        // instancePath is a JSON pointer ("" or "/" for the object itself, "/a/0" below it).
        path: [err.validationContext ?? 'body', ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message,
        ...(v.params && Object.keys(v.params).length ? { params: v.params } : {}),
      }));
      appErr = new AppError(ERR.VALIDATION_FAILED, {}, details);
    } else if (err.code === QUERY_CANCELED) {
      req.log.warn({ err }, 'statement timeout');
      appErr = new AppError(ERR.QUERY_TIMEOUT);
    } else if (err.code && FASTIFY_CODES[err.code]) {
      appErr = new AppError(FASTIFY_CODES[err.code]);
    } else if (!isResponseSerializationError(err) && err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      appErr = new AppError(err.statusCode === 429 ? ERR.RATE_LIMITED : ERR.VALIDATION_FAILED, { seconds: 60 }, { reason: err.message });
    } else {
      req.log.error({ err }, 'unhandled error');
      appErr = new AppError(ERR.INTERNAL, { requestId: String(req.id) });
    }
    if (appErr.kind === 'forbidden' && req.actor) {
      // Repeats of one denial (same actor, code, method and path) within 10 minutes are counted
      // into one summary row instead of one row each (platform/audit/denials.ts).
      const url = req.url.split('?')[0]!;
      await recordDenial(db, {
        key: `${req.actor.id}|${appErr.code}|${req.method} ${url}`.slice(0, 500),
        actorId: req.actor.id,
        actorName: req.actor.displayName,
        regionCode: req.actor.regionCode,
        data: { code: appErr.code, method: req.method, url, details: appErr.details ?? null },
      }).catch((e) => req.log.error({ err: e }, 'audit of denial failed'));
    }
    const retry = (appErr.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (retry) void reply.header('Retry-After', String(retry));
    const body: ErrorBody = { code: appErr.code, message: appErr.messageIn(lang), requestId: String(req.id) };
    if (appErr.details !== undefined) body.details = appErr.details;
    return reply.status(appErr.status).type('application/json; charset=utf-8').send(body);
  };
}
