import type { Lang } from '../i18n/messages';

const TIME_ZONE = 'Asia/Shanghai';
const plain: Record<Lang, Intl.DateTimeFormat> = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { timeZone: TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' }),
  'en-US': new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' }),
};

/** A date as people say it ("2026年5月8日星期五", "Friday 8 May 2026"), in Baotou's time zone. */
export function plainDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : plain[lang].format(d);
}
