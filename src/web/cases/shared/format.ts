import type { Lang } from '../../i18n/messages';

/**
 * Dates as people in Baotou read them: every instant shown in Asia/Shanghai whatever the browser's
 * zone, so a deadline stored as 23:59:59.999 +08:00 is that day everywhere.
 */

const TIME_ZONE = 'Asia/Shanghai';

const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false });

const dayParts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric' });
const weekdayZh = new Intl.DateTimeFormat('zh-CN', { timeZone: TIME_ZONE, weekday: 'long' });
const weekdayEn = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, weekday: 'long' });
const monthEn = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, month: 'long' });

/**
 * A date as a citizen says it — "12月9日星期三", "Wednesday 9 December" — with the year only when it
 * is not this year's; an em dash for no date. Assembled from parts, so every browser says it alike.
 */
export function formatPlainDate(iso: string | null | undefined, lang: Lang, now: Date = new Date()): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const part = (date: Date, type: string) => String(Number(dayParts.formatToParts(date).find((p) => p.type === type)?.value ?? ''));
  const year = part(d, 'year');
  const withYear = year !== part(now, 'year');
  if (lang === 'en-US') return `${weekdayEn.format(d)} ${part(d, 'day')} ${monthEn.format(d)}${withYear ? ` ${year}` : ''}`;
  return `${withYear ? `${year}年` : ''}${part(d, 'month')}月${part(d, 'day')}日${weekdayZh.format(d)}`;
}

/** `YYYY-MM-DD` in Asia/Shanghai, or an em dash for no date. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : dateFormat.format(d);
}

/** `YYYY-MM-DD HH:mm` in Asia/Shanghai. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : `${dateFormat.format(d)} ${timeFormat.format(d)}`;
}

/** A file size in KB or MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The name in the UI language when the catalog gives an English one. */
export function localName(lang: Lang, zh: string, en?: string | null): string {
  return lang === 'en-US' && en ? en : zh;
}
