import type { Lang } from './messages';

const CJK = /[\u4e00-\u9fff]/;

/**
 * The half of a server text written in both languages ("系统 / system", "阶段须从 1 起连续编号 /
 * stages must run …") that the UI language reads; any other text as it is. Stored names such as an
 * event's author are written once for both languages, so the page picks at display.
 */
export function inLanguage(text: string, lang: Lang): string {
  const at = text.lastIndexOf(' / ');
  const split = at > 0 ? at : text.indexOf('）/ ');
  if (split <= 0) return text;
  const zh = text.slice(0, text[split] === '）' ? split + 1 : split).trim();
  const en = text.slice(text.indexOf('/ ', split) + 2).trim();
  if (!CJK.test(zh) || CJK.test(en) || !en) return text;
  return lang === 'en-US' ? en : zh;
}
