import type { Translate } from '../../i18n/I18nProvider';
import { inLanguage } from '../../i18n/bilingual';
import { isMessageKey, type Lang } from '../../i18n/messages';
import type { AuditEvent, VerifyResult } from '../../../shared/audit/audit.wire';
import { actionLabel, codeWords, textOr } from './auditActions';

/**
 * An audit event in words: what it is about, and its data as a few labelled facts. Values are
 * shown as the server sent them — masked ID numbers and mobiles stay masked — only put in words.
 */

type EventLike = Pick<AuditEvent, 'action' | 'subjectType' | 'subjectId' | 'data'>;

/** Longest value shown in the table; the full text is in a tooltip and the expanded row. */
export const MAX_VALUE_CHARS = 60;
const MAX_LIST_ITEMS = 5;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Text cut to `max` characters (not UTF-16 units) with an ellipsis. */
export function truncate(text: string, max = MAX_VALUE_CHARS): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A uuid's first block, other long ids cut; short codes (事项编码, a masked mobile) whole. */
export function shortId(id: string): string {
  if (UUID.test(id)) return id.slice(0, 8);
  return truncate(id, 16);
}

/** A chain name with its record's uuid shortened: `case:8b1c2d3e`. */
export function shortChain(chain: string): string {
  return chain.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, (id) => shortId(id));
}

/** Dates and instants in the UI language, in Asia/Shanghai as every page of the platform shows them. */
export function formatInstant(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  if (DAY.test(iso)) return new Intl.DateTimeFormat(lang, { timeZone: 'UTC', dateStyle: 'medium' }).format(d);
  return new Intl.DateTimeFormat(lang, { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

// Short references the data carries, best first: a person reads 办件编号 BT…, not a uuid.
const REF_KEYS = ['caseNo', 'ticketNo', 'bundleNo', 'orderNo', 'identifier', 'username', 'name'];

/** The subject as its kind in words plus a short reference; null when the event has no subject. */
export function subjectText(t: Translate, e: EventLike): { kind: string; ref: string | null } | null {
  if (!e.subjectType) return null;
  const kind = textOr(t, `admin.audit.subject.${e.subjectType}`, codeWords(e.subjectType));
  const fromData = REF_KEYS.map((k) => e.data[k]).find((v): v is string => typeof v === 'string' && v !== '');
  const ref = fromData ? truncate(fromData, 24) : e.subjectId ? shortId(e.subjectId) : null;
  return { kind, ref };
}

// Which vocabulary of the UI names a coded value, by data key and subject kind (null: any subject).
const VOCAB: ReadonlyArray<readonly [key: string, subjects: readonly string[] | null, prefix: string]> = [
  ['channel', ['case'], 'cases.channel'],
  ['channel', ['hotline_ticket'], 'hotline.channel'],
  ['channel', ['rating', 'rectification'], 'ratings.channel'],
  ['level', ['rating', 'rectification'], 'ratings.level'],
  ['reasons', ['rating', 'rectification'], 'ratings.reason'],
  ['satisfaction', null, 'hotline.satisfaction'],
  ['deliveryMode', null, 'cases.delivery'],
  ['mode', null, 'cases.delivery'],
  ['recommendation', null, 'cases.review'],
  ['role', null, 'role'],
  ['result', ['exchange_query'], 'exchange.result'],
  ['kind', ['calendar'], 'admin.calendar.kind'],
  ['kind', ['seal'], 'licences.seals.kind'],
  ['subjectKind', null, 'supervision.kind'],
];

const STATUS_VOCAB: Readonly<Record<string, string>> = {
  case: 'cases.status',
  hotline_ticket: 'hotline.status',
  rectification: 'ratings.status',
  supervision_order: 'supervision.status',
  exchange_need: 'exchange.needStatus',
  bundle_case: 'bundles.status',
};
const LIGHT_VOCAB: Readonly<Record<string, string>> = { 'case.light_change': 'cases.light', 'ticket.light_changed': 'hotline.light' };

/** The vocabulary key naming `value` under data key `key`, if the UI has one. */
function vocabKey(e: EventLike, key: string, value: string | number): string | null {
  const prefixes = VOCAB.filter(([k, subjects]) => k === key && (!subjects || subjects.includes(e.subjectType ?? ''))).map(([, , p]) => p);
  if (key === 'from' || key === 'to') prefixes.push(LIGHT_VOCAB[e.action] ?? STATUS_VOCAB[e.subjectType ?? ''] ?? '');
  prefixes.push(`admin.audit.value.${key}`);
  return prefixes.map((p) => `${p}.${value}`).find((k) => isMessageKey(k)) ?? null;
}

/** One value in words: codes named, dates in the locale, 是/否, lists joined, objects summarised. */
export function formatValue(t: Translate, lang: Lang, e: EventLike, key: string, value: unknown, depth = 0): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'admin.audit.yes' : 'admin.audit.no');
  if (typeof value === 'number') {
    const named = vocabKey(e, key, value);
    return named ? textOr(t, named, String(value)) : value.toLocaleString(lang);
  }
  if (typeof value === 'string') {
    if (key === 'caseAction') return actionLabel(t, value);
    const named = vocabKey(e, key, value);
    if (named) return textOr(t, named, value);
    if (INSTANT.test(value) || DAY.test(value)) return formatInstant(value, lang);
    return inLanguage(value, lang);
  }
  const sep = lang === 'en-US' ? ', ' : '、';
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    const shown = value.slice(0, MAX_LIST_ITEMS).map((v) => formatValue(t, lang, e, key, v, depth + 1));
    const more = value.length - shown.length;
    return shown.join(sep) + (more > 0 ? t('admin.audit.andMore', { n: more }) : '');
  }
  if (typeof value === 'object') return formatObject(t, lang, e, value as Record<string, unknown>, depth);
  return String(value);
}

// An object in a list is named by one of these; a top-level object lists its fields.
const NAME_KEYS = ['name', 'title', 'caseNo', 'ticketNo', 'materialCode', 'itemCode', 'code', 'caseId', 'id'];

function formatObject(t: Translate, lang: Lang, e: EventLike, o: Record<string, unknown>, depth: number): string {
  if (typeof o.zh === 'string') return lang === 'en-US' && typeof o.en === 'string' && o.en ? o.en : o.zh;
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  if (depth > 0) {
    const name = NAME_KEYS.find((k) => typeof o[k] === 'string' || typeof o[k] === 'number');
    if (name) return formatValue(t, lang, e, name, o[name], depth + 1);
  }
  if (depth > 0 || entries.length === 0) return t('admin.audit.fieldCount', { n: entries.length });
  return entries
    .map(([k, v]) => `${fieldLabel(t, k)}${t('admin.audit.colon')}${formatValue(t, lang, e, k, v, depth + 1)}`)
    .join(lang === 'en-US' ? '; ' : '；');
}

/** A data key's label (意见 / Opinion), or the key in words. */
export function fieldLabel(t: Translate, key: string): string {
  return textOr(t, `admin.audit.field.${key}`, codeWords(key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()));
}

export interface Fact {
  key: string;
  label: string;
  /** The value, cut to MAX_VALUE_CHARS. */
  text: string;
  /** The whole value; differs from `text` when cut. */
  full: string;
}

function fact(key: string, label: string, full: string): Fact {
  return { key, label, text: truncate(full), full };
}

/** The label for a from → to change: a status, a light, or a period between two instants. */
function changeLabel(t: Translate, e: EventLike): string {
  if (LIGHT_VOCAB[e.action]) return t('admin.audit.change.light');
  const at = (v: unknown) => typeof v === 'string' && INSTANT.test(v);
  if (at(e.data.to) && (e.data.from === undefined || at(e.data.from))) return t('admin.audit.change.period');
  return t('admin.audit.change.status');
}

/**
 * The event's data as labelled facts, in the data's order; a `from`/`to` pair becomes one fact
 * (状态: 已申请 → 已受理).
 */
export function dataFacts(t: Translate, lang: Lang, e: EventLike): Fact[] {
  const facts: Fact[] = [];
  const d = e.data;
  const hasTo = d.to !== undefined;
  for (const [key, value] of Object.entries(d)) {
    if (value === undefined || (hasTo && key === 'from')) continue;
    if (hasTo && key === 'to') {
      const to = formatValue(t, lang, e, 'to', value);
      const from = d.from === undefined || d.from === null ? null : formatValue(t, lang, e, 'from', d.from);
      facts.push(fact('to', changeLabel(t, e), from ? `${from} → ${to}` : to));
      continue;
    }
    facts.push(fact(key, fieldLabel(t, key), formatValue(t, lang, e, key, value)));
  }
  return facts;
}

/** What the integrity check found, one line per broken or missing chain. */
export function verifyProblems(t: Translate, lang: Lang, r: VerifyResult): string[] {
  const problem = (p: VerifyResult['broken'][number]['problems'][number]) =>
    p.kind === 'missing_rows'
      ? t('admin.audit.problem.missing_rows', { after: p.afterSeq, next: p.nextSeq })
      : p.kind === 'head_mismatch'
        ? t('admin.audit.problem.head_mismatch', { head: p.headSeq, last: p.lastSeq })
        : t(`admin.audit.problem.${p.kind}`, { seq: p.seq });
  const lines = r.broken.map((b) => `${b.chain}${t('admin.audit.colon')}${b.problems.map(problem).join(lang === 'en-US' ? '; ' : '；')}`);
  if (r.missingChains.length) lines.push(t('admin.audit.problem.missingChains', { chains: r.missingChains.join(', ') }));
  return lines;
}
