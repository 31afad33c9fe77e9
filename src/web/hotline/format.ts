import type { Lang } from '../i18n/messages';

/**
 * Pure formatting helpers of the hotline pages: masked phone numbers, times in Beijing time,
 * percentages. No React, so they are unit-tested directly.
 */

/** Digits of a phone as typed (spaces, dashes and a +86 prefix dropped). */
export function normalizePhone(input: string): string {
  const digits = input.replace(/[\s\-()]/g, '');
  return digits.replace(/^(\+?86)(?=1\d{10}$)/, '');
}

/** A mainland mobile (11 digits from 1) or a landline with area code (0 + 9–11 digits). */
export function isPhone(input: string): boolean {
  const p = normalizePhone(input);
  return /^1[3-9]\d{9}$/.test(p) || /^0\d{9,11}$/.test(p);
}

/** `138****5678` for a mobile, `0472****1234`-style for other numbers; short input is fully hidden. */
export function maskPhone(input: string | null | undefined): string {
  if (!input) return '';
  const p = normalizePhone(input);
  if (p.includes('*')) return p;
  if (p.length < 7) return '*'.repeat(p.length);
  const head = p.length === 11 && p.startsWith('1') ? 3 : Math.min(4, p.length - 7);
  return `${p.slice(0, head)}${'*'.repeat(p.length - head - 4)}${p.slice(-4)}`;
}

const TIME_ZONE = 'Asia/Shanghai';

/** Date and time in Beijing time, in the UI language: 2026/11/28 14:05. */
export function formatTime(value: string | Date | null | undefined, lang: Lang): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang, {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** A rate (0…1) as a percentage with one decimal; an em dash when there is nothing to rate. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** Today's date in Beijing as YYYY-MM-DD. */
export function beijingToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The last four digits of a phone, as the public progress lookup asks for them. */
export function phoneTail(input: string): string {
  return normalizePhone(input).slice(-4);
}
