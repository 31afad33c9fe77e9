import type { Category } from '../kb/categories.service';
import { redactNullable, redactPersonalText } from '../../../platform/ids/redact';
import { publicAddress } from '../intake/hotline.geo';
import type { TicketRow } from '../tickets/tickets.repository';

/**
 * Open311 GeoReport v2 shapes (services, service definitions, requests, errors) and their XML
 * form. Pure. Instants are W3C date-times in Beijing time, as the spec's examples show local
 * offsets.
 */

/** `2026-11-28T14:05:00+08:00`. */
export function w3cTime(d: Date | string | null): string | null {
  if (!d) return null;
  const local = new Date(new Date(d).getTime() + 8 * 3_600_000).toISOString().slice(0, 19);
  return `${local}+08:00`;
}

/** A category as a GeoReport v2 service. */
export function toService(c: Category, groupName: string, en: boolean) {
  return {
    service_code: c.code,
    service_name: en ? c.nameEn : c.nameZh,
    description: en ? c.descriptionEn : c.descriptionZh,
    metadata: false,
    type: 'realtime' as const,
    keywords: c.keywords.join(','),
    group: groupName,
  };
}

/**
 * A ticket as a GeoReport v2 service request: no caller details; every free text (the
 * resident's description, the department's reply or closing note, the address) goes through the
 * platform's redaction, so phone, ID and house numbers do not leak in any formatting.
 */
export function toRequest(t: TicketRow, c: Category | undefined, agency: string | null, en: boolean) {
  const closed = t.status === 'closed';
  return {
    service_request_id: t.ticket_no,
    status: closed ? ('closed' as const) : ('open' as const),
    status_notes: redactNullable(closed ? (t.close_note ?? t.reply) : t.reply),
    service_name: c ? (en ? c.nameEn : c.nameZh) : t.category_code,
    service_code: t.category_code,
    description: redactPersonalText(t.text),
    agency_responsible: agency,
    service_notice: null,
    requested_datetime: w3cTime(t.created_at)!,
    updated_datetime: w3cTime(t.updated_at),
    expected_datetime: closed ? null : w3cTime(t.due_at),
    address: redactNullable(publicAddress(t.address)),
    address_id: null,
    zipcode: null,
    lat: t.lat,
    long: t.lng,
    media_url: null,
  };
}

function escapeXml(v: string): string {
  return v.replace(/[<>&'"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch]!);
}

function field(k: string, v: unknown): string {
  if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return `<${k}/>`;
  return `<${k}>${escapeXml(String(v))}</${k}>`;
}

/** Flat records as GeoReport XML: `<root><item><field>…</field></item></root>` (empty lists and nulls as empty elements). */
export function toXml(root: string, item: string, records: ReadonlyArray<Record<string, unknown>>): string {
  const body = records
    .map(
      (r) =>
        `<${item}>${Object.entries(r)
          .map(([k, v]) => field(k, v))
          .join('')}</${item}>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><${root}>${body}</${root}>`;
}
