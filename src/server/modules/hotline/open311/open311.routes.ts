import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../context';
import { AppError } from '../../../platform/errors';
import type { App } from '../../../platform/http/types';
import { toXml } from './open311.format';
import { OPEN311_ERR, findServiceRequests, getServiceDefinition, getServiceRequest, listServices, submitRequest } from './open311.service';

/**
 * Open311 GeoReport v2 at /open311/v2, outside /api/: no session, no CSRF; `.json` and `.xml`.
 * POST requests are form-encoded (parsed here with URLSearchParams, in this scope only). Errors
 * are the spec's `[{ code, description }]` with the HTTP status as the code.
 */

const PREFIX = '/open311/v2';
const format = z.enum(['json', 'xml']);
const optional = z.string().trim().max(4000).optional();
const coord = z.preprocess((v) => (v === '' || v === undefined ? undefined : Number(v)), z.number().min(-180).max(180).optional());

const postBody = z.object({
  api_key: z.string().max(200).optional(),
  jurisdiction_id: optional,
  service_code: z.string().max(80).optional(),
  lat: coord,
  long: coord,
  address_string: z.string().trim().max(300).optional(),
  address_id: optional,
  description: z.string().trim().max(2000).optional(),
  email: z.email().max(200).optional(),
  device_id: optional,
  account_id: optional,
  first_name: z.string().trim().max(50).optional(),
  last_name: z.string().trim().max(50).optional(),
  phone: z.string().trim().max(20).optional(),
  media_url: optional,
});

const requestQuery = z.object({
  jurisdiction_id: optional,
  service_request_id: z.string().max(2000).optional(),
  service_code: z.string().max(2000).optional(),
  start_date: z.iso.datetime({ offset: true }).optional(),
  end_date: z.iso.datetime({ offset: true }).optional(),
  status: z
    .string()
    .regex(/^(open|closed)(,(open|closed))?$/)
    .optional(),
});

const serviceSchema = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean(),
  type: z.literal('realtime'),
  keywords: z.string(),
  group: z.string(),
});
const requestSchema = z.object({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: z.string().nullable(),
  service_name: z.string(),
  service_code: z.string(),
  description: z.string(),
  agency_responsible: z.string().nullable(),
  service_notice: z.string().nullable(),
  requested_datetime: z.string(),
  updated_datetime: z.string().nullable(),
  expected_datetime: z.string().nullable(),
  address: z.string().nullable(),
  address_id: z.string().nullable(),
  zipcode: z.string().nullable(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  media_url: z.string().nullable(),
});
const errorsSchema = z.array(z.object({ code: z.number().int(), description: z.string() }));

const isXml = (req: FastifyRequest) => /\.xml(\?|$)/.test(req.url);

function send(req: FastifyRequest, reply: FastifyReply, status: number, root: string, item: string, records: ReadonlyArray<Record<string, unknown>>) {
  if (isXml(req))
    return reply
      .status(status)
      .type('application/xml; charset=utf-8')
      .serializer((x) => x as string)
      .send(toXml(root, item, records));
  return reply.status(status).send(records);
}

function open311Error(ctx: AppContext) {
  return async (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    let status = 500;
    let description = `Internal error (request id ${String(req.id)})`;
    if (err instanceof AppError) {
      // The spec: 400 when the key is missing, 403 when it is wrong.
      status = err.code === 'API_KEY_MISSING' ? 400 : err.status;
      description = err.messageIn(req.lang === 'zh-CN' ? 'zh-CN' : 'en-US');
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      status = 400;
      description = err.validation.map((v) => `${v.instancePath.replace(/^\//, '') || err.validationContext}: ${v.message}`).join('; ');
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      status = err.statusCode;
      description = err.message;
    } else {
      req.log.error({ err }, 'open311 error');
      ctx.log.error({ err, requestId: req.id }, 'open311 error');
    }
    return send(req, reply.header('X-Request-Id', String(req.id)), status, 'errors', 'error', [{ code: status, description }]);
  };
}

/** The Open311 plugin; registered by the hotline routes. */
export function open311Routes(app: App, ctx: AppContext): void {
  void app.register(
    async (plain) => {
      const scope = plain.withTypeProvider<ZodTypeProvider>();
      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      });
      scope.setErrorHandler(open311Error(ctx));
      scope.setNotFoundHandler(async (req, reply) =>
        send(req, reply, 404, 'errors', 'error', [
          { code: 404, description: `No such Open311 resource: ${req.method} ${req.url.split('?')[0].slice(0, 200)}` },
        ]),
      );
      const en = (req: FastifyRequest) => req.lang === 'en-US';
      const tags = ['open311'];

      scope.get('/services.:format', {
        schema: {
          tags,
          summary: 'GeoReport v2 service list: our categories (service_code = category code)',
          params: z.object({ format }),
          response: { 200: z.array(serviceSchema) },
        },
        handler: async (req, reply) => send(req, reply, 200, 'services', 'service', await listServices(ctx, en(req))),
      });

      scope.get('/services/:file', {
        schema: {
          tags,
          summary: 'GeoReport v2 service definition: `services/{service_code}.json|xml` (no extra attributes: metadata is false)',
          params: z.object({ file: z.string().regex(/^[a-z0-9.-]+\.(json|xml)$/) }),
          response: { 200: z.object({ service_code: z.string(), attributes: z.array(z.never()) }) },
        },
        handler: async (req, reply) => {
          const code = req.params.file.replace(/\.(json|xml)$/, '');
          const def = await getServiceDefinition(ctx, code);
          if (!isXml(req)) return def;
          const xml = toXml('service_definitions', 'service_definition', [def]).replace('<service_definitions>', '').replace('</service_definitions>', '');
          return reply
            .type('application/xml; charset=utf-8')
            .serializer((x) => x as string)
            .send(xml as never);
        },
      });

      scope.post('/requests.:format', {
        schema: {
          tags,
          summary:
            'GeoReport v2: create a service request (form-encoded; api_key required: 400 without, 403 when wrong). Returns [{ service_request_id, service_notice, account_id }]',
          params: z.object({ format }),
          body: postBody,
          response: { 201: z.array(z.object({ service_request_id: z.string(), service_notice: z.string(), account_id: z.string() })), '4xx': errorsSchema },
        },
        handler: async (req, reply) => send(req, reply, 201, 'service_requests', 'request', await submitRequest(ctx, req.body, en(req))),
      });

      scope.get('/requests.:format', {
        schema: {
          tags,
          summary:
            'GeoReport v2: service requests (filters service_request_id, service_code, start_date, end_date, status; default the last 90 days, at most 1000)',
          params: z.object({ format }),
          querystring: requestQuery,
          response: { 200: z.array(requestSchema) },
        },
        handler: async (req, reply) => send(req, reply, 200, 'service_requests', 'request', await findServiceRequests(ctx, req.query, en(req))),
      });

      scope.get('/requests/:file', {
        schema: {
          tags,
          summary: 'GeoReport v2: one service request, `requests/{service_request_id}.json|xml`',
          params: z.object({ file: z.string().regex(/^12345-\d{8}-\d{6,}\.(json|xml)$/) }),
          response: { 200: z.array(requestSchema) },
        },
        handler: async (req, reply) =>
          send(req, reply, 200, 'service_requests', 'request', await getServiceRequest(ctx, req.params.file.replace(/\.(json|xml)$/, ''), en(req))),
      });
    },
    { prefix: PREFIX },
  );
}

export { OPEN311_ERR };
