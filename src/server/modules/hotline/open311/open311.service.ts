import type { AppContext } from '../../../context';
import { AppError, defineErrors } from '../../../platform/errors';
import { enforceLimits } from '../../../platform/http/rate-limit';
import { checkMobile } from '../../../platform/ids/mobile';
import { categoryMap, findCategoryTree } from '../kb/categories.service';
import { resolveRegion } from '../intake/hotline.geo';
import { formatInstant } from '../hotline.notify';
import { createPublicTicket, prepareIntake } from '../intake/intake.service';
import { checkKey } from './keys.service';
import { toRequest, toService } from './open311.format';
import { findRequests } from './open311.repository';
import { phoneSmsChecks } from '../intake/public.service';
import { findDepartmentNames } from '../tickets/tickets.repository';

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2): our categories as services, our
 * tickets as service requests. Creating a request needs an API key (scope `open311`); reading is
 * public, with phone and ID numbers masked in descriptions and addresses cut at the building.
 */

export const OPEN311_ERR = defineErrors({
  SERVICE_CODE_REQUIRED: { kind: 'bad_input', zh: '缺少 service_code', en: 'service_code was not provided' },
  SERVICE_NOT_FOUND: { kind: 'not_found', zh: '服务 {code} 不存在', en: 'Service {code} not found' },
  LOCATION_REQUIRED: { kind: 'bad_input', zh: '须提供 lat 和 long，或 address_string', en: 'A location is required: lat and long, or address_string' },
  REQUEST_NOT_FOUND: { kind: 'not_found', zh: '服务请求 {id} 不存在', en: 'Service request {id} not found' },
  PHONE_INVALID: { kind: 'bad_input', zh: 'phone 不是有效的手机号', en: 'phone is not a valid mainland mobile number' },
});

/** At most this many requests per list (the spec suggests limiting the default query). */
const MAX_REQUESTS = 1000;
const DEFAULT_DAYS = 90;

/** Every active category as a service, with its group. */
export async function listServices(ctx: AppContext, en: boolean) {
  const groups = await findCategoryTree(ctx.db, { activeOnly: true });
  return groups.flatMap((g) => g.categories.map((c) => toService(c, en ? g.nameEn : g.nameZh, en)));
}

/** The definition of a service: no extra attributes (metadata is false). */
export async function getServiceDefinition(ctx: AppContext, code: string) {
  const c = (await categoryMap(ctx.db)).get(code);
  if (!c || !c.active) throw new AppError(OPEN311_ERR.SERVICE_NOT_FOUND, { code });
  // metadata is false for every service: no extra attributes are asked.
  return { service_code: c.code, attributes: [] as never[] };
}

export interface Open311Post {
  api_key?: string;
  service_code?: string;
  lat?: number;
  long?: number;
  address_string?: string;
  description?: string;
  email?: string;
  phone?: string;
  first_name?: string;
  last_name?: string;
  device_id?: string;
}

/** Creates a service request (a ticket on the `open311` channel) for a keyed client. */
export async function submitRequest(ctx: AppContext, b: Open311Post, en: boolean) {
  const now = ctx.clock.now();
  const key = await checkKey(ctx.db, b.api_key, 'open311');
  if (!b.service_code) throw new AppError(OPEN311_ERR.SERVICE_CODE_REQUIRED);
  const cats = await categoryMap(ctx.db);
  const c = cats.get(b.service_code);
  if (!c || !c.active) throw new AppError(OPEN311_ERR.SERVICE_NOT_FOUND, { code: b.service_code });
  const hasPoint = b.lat !== undefined && b.long !== undefined;
  if (!hasPoint && !b.address_string) throw new AppError(OPEN311_ERR.LOCATION_REQUIRED);
  if (b.phone && !checkMobile(b.phone).ok) throw new AppError(OPEN311_ERR.PHONE_INVALID);
  // The number given will be texted (receipt, reply): the same per-number limit as the web form.
  await enforceLimits(ctx.db, phoneSmsChecks(b.phone), now);
  // The spec makes description optional; a ticket needs words, so the service name stands in.
  const text = b.description?.trim() || `${c.nameZh}（Open311）`;
  const location = { address: b.address_string, lat: b.lat, lng: b.long };
  const prepared = await prepareIntake(ctx, text, 'open311', { phone: b.phone, actor: null, regionCode: resolveRegion({ ...location, text }) });
  const name = [b.last_name, b.first_name].filter(Boolean).join('') || undefined;
  const row = await ctx.db
    .transaction()
    .execute((trx) =>
      createPublicTicket(
        trx,
        { channel: 'open311', text, categoryCode: c.code, name, phone: b.phone, email: b.email, anonymous: !name && !b.phone, ...location, apiKeyId: key.id },
        prepared,
        now,
      ),
    );
  const due = formatInstant(new Date(row.due_at));
  return [
    {
      service_request_id: row.ticket_no,
      service_notice: en ? `Accepted by Baotou 12345; an answer is due by ${due} (Beijing time).` : `包头12345已受理，将于 ${due} 前答复。`,
      account_id: key.accountId,
    },
  ];
}

export interface RequestQuery {
  service_request_id?: string;
  service_code?: string;
  start_date?: string;
  end_date?: string;
  status?: string;
}

/** Requests matching the spec's filters; by default those of the last 90 days. */
export async function findServiceRequests(ctx: AppContext, q: RequestQuery, en: boolean) {
  const list = (v?: string) =>
    v
      ?.split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  const to = q.end_date ? new Date(q.end_date) : ctx.clock.now();
  const from = q.start_date ? new Date(q.start_date) : new Date(to.getTime() - DEFAULT_DAYS * 86_400_000);
  const status = list(q.status)?.filter((s): s is 'open' | 'closed' => s === 'open' || s === 'closed');
  const rows = await findRequests(ctx.db, { ticketNos: list(q.service_request_id), serviceCodes: list(q.service_code), from, to, status, limit: MAX_REQUESTS });
  const [cats, names] = await Promise.all([
    categoryMap(ctx.db),
    findDepartmentNames(
      ctx.db,
      rows.map((r) => r.department_code).filter((d): d is string => !!d),
    ),
  ]);
  return rows.map((r) => {
    const dept = r.department_code ? names.get(r.department_code) : undefined;
    return toRequest(r, cats.get(r.category_code), dept ? (en ? dept.en : dept.zh) : null, en);
  });
}

/** One service request by number (as a one-element list, as the spec has it). */
export async function getServiceRequest(ctx: AppContext, id: string, en: boolean) {
  const rows = await findServiceRequests(ctx, { service_request_id: id }, en);
  if (rows.length === 0) throw new AppError(OPEN311_ERR.REQUEST_NOT_FOUND, { id });
  return rows;
}
