import type { Translate } from '../i18n/I18nProvider';
import { isMessageKey, type Lang } from '../i18n/messages';
import type { Topic } from '../../shared/catalog/catalog.enums';
import type { ItemSummary } from '../../shared/catalog/catalog.wire';
import type { Weekday, WindowKind } from '../../shared/places/places.enums';
import type { Hours } from '../../shared/places/places.wire';

/**
 * Wording shared by the portal and the admin pages: labels of codes, time limits in plain words,
 * distances, opening hours, and the names of things in the UI language.
 */

/** The text of `key` when the catalog has it, else `fallback` (codes the UI does not know yet). */
export function textOf(t: Translate, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}

/** `catalog.<group>.<code>`, or the code itself. */
export function codeLabel(t: Translate, group: string, code: string): string {
  return textOf(t, `catalog.${group}.${code}`, code);
}

/** A service window's kind (综合受理, 即办 …); every kind has its text. */
export function windowKindLabel(t: Translate, kind: WindowKind): string {
  return t(`catalog.windowKind.${kind}`);
}

/** Item type (XK 行政许可 …) and handling mode labels come from the shell's catalog. */
export function typeLabel(t: Translate, type: string): string {
  return textOf(t, `itemType.${type}`, type);
}

export function modeLabel(t: Translate, mode: string): string {
  return textOf(t, `mode.${mode}`, mode);
}

/** The English name when the UI is English and the thing has one, else the Chinese. */
export function nameIn(lang: Lang, thing: { name: string; nameEn?: string | null; nameZh?: string }): string {
  if (lang === 'en-US') return thing.nameEn || thing.name;
  return thing.nameZh ?? thing.name;
}

/**
 * The topics (主题) of the catalog, each with a stable slug for its message key. The topic value
 * sent to the API is the Chinese name (TOPICS in src/shared/catalog/catalog.enums.ts); every
 * topic has exactly one slug, so a topic added on the server fails the typecheck here.
 */
export const CITIZEN_TOPICS = {
  生育收养: 'birth',
  教育: 'education',
  就业创业: 'employment',
  婚姻登记: 'marriage',
  退休: 'retirement',
  社会保障: 'socialSecurity',
  医疗: 'medical',
  残疾人: 'disability',
  养老服务: 'elderlyCare',
  社会救助: 'socialAssistance',
  优抚安置: 'veterans',
  住房: 'housing',
  公积金: 'housingFund',
  不动产: 'realEstate',
  交通出行: 'driving',
  户籍: 'household',
  出入境: 'exitEntry',
  证明开具: 'certificates',
  法律服务: 'legal',
  水电气暖: 'utilities',
} as const satisfies Partial<Record<Topic, string>>;

export const ENTERPRISE_TOPICS = {
  企业开办: 'bizOpening',
  企业变更: 'bizChange',
  企业注销: 'bizClosing',
  税务: 'tax',
  工程建设: 'construction',
  投资项目: 'investment',
  餐饮: 'catering',
  准营: 'permits',
  食品药品: 'foodDrug',
  文化旅游: 'cultureTourism',
  交通运输: 'transport',
  农牧林草: 'agriculture',
  生态环境: 'environment',
  安全生产: 'workSafety',
  科技创新: 'innovation',
  人才: 'talent',
} as const satisfies Partial<Record<Topic, string>>;

const TOPIC_SLUGS: Record<Topic, string> = { ...CITIZEN_TOPICS, ...ENTERPRISE_TOPICS };
export { TOPICS } from '../../shared/catalog/catalog.enums';

export function topicLabel(t: Translate, topic: string): string {
  const slug = (TOPIC_SLUGS as Record<string, string | undefined>)[topic];
  return slug ? textOf(t, `catalog.topic.${slug}`, topic) : topic;
}

/** A time limit as an item's definition or a search row carries it. */
type TimeLimit = ItemSummary['promisedLimit'];

/** "3 个工作日", "当场办结" (0), "30 个自然日". */
export function limitText(t: Translate, limit: TimeLimit): string {
  if (limit.value === 0) return t('catalog.limit.onTheSpot');
  if (limit.value === 1) return limit.unit === 'natural_day' ? t('catalog.limit.naturalDay1') : t('catalog.limit.workday1');
  return limit.unit === 'natural_day' ? t('catalog.limit.naturalDays', { n: limit.value }) : t('catalog.limit.workdays', { n: limit.value });
}

/** One sentence a citizen understands: how long the item takes at most, and what is promised. */
export function limitsInWords(t: Translate, statutory: TimeLimit, promised: TimeLimit): string {
  if (promised.value === 0) return t('catalog.limit.plainInstant', { statutory: limitText(t, statutory) });
  const saved = statutory.unit === promised.unit ? statutory.value - promised.value : 0;
  const base = t('catalog.limit.plain', { promised: limitText(t, promised), statutory: limitText(t, statutory) });
  if (saved <= 0) return base;
  return `${base}${saved === 1 ? t('catalog.limit.plainSaved1') : t('catalog.limit.plainSaved', { n: saved })}`;
}

export function distanceText(t: Translate, metres: number): string {
  if (metres < 1000) return t('catalog.distance.m', { n: metres });
  const km = metres / 1000;
  return t('catalog.distance.km', { n: km < 10 ? km.toFixed(1) : Math.round(km) });
}

const WEEK_ORDER: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** "周一至周五" for a run of days, "周六、周日" otherwise. */
export function daysText(t: Translate, days: readonly Weekday[]): string {
  const sorted = [...days].sort((a, b) => WEEK_ORDER.indexOf(a) - WEEK_ORDER.indexOf(b));
  const idx = sorted.map((d) => WEEK_ORDER.indexOf(d));
  const consecutive = idx.every((v, i) => i === 0 || v === idx[i - 1] + 1);
  if (sorted.length >= 3 && consecutive) {
    return t('catalog.hours.dayRange', { from: codeLabel(t, 'weekday', sorted[0]), to: codeLabel(t, 'weekday', sorted[sorted.length - 1]) });
  }
  return sorted.map((d) => codeLabel(t, 'weekday', d)).join(t('catalog.listSeparator'));
}

function sessionsText(t: Translate, sessions: ReadonlyArray<{ start: string; end: string }>): string {
  return sessions.map((s) => `${s.start}–${s.end}`).join(t('catalog.listSeparator'));
}

/** Opening hours as short lines: working days, lunch, extended, weekend, holidays, 24 h area. */
export function hoursLines(t: Translate, hours: Hours): string[] {
  const lines = [t('catalog.hours.weekday', { sessions: sessionsText(t, hours.weekday) })];
  if (hours.lunchDuty) lines.push(t('catalog.hours.lunchDuty'));
  if (hours.extended) {
    lines.push(
      t(hours.extended.byAppointment ? 'catalog.hours.extendedAppointment' : 'catalog.hours.extended', {
        days: daysText(t, hours.extended.days),
        until: hours.extended.until,
      }),
    );
  }
  if (hours.weekend) {
    lines.push(
      t(hours.weekend.mode === 'appointment' ? 'catalog.hours.weekendAppointment' : 'catalog.hours.weekend', {
        days: daysText(t, hours.weekend.days),
        sessions: sessionsText(t, hours.weekend.sessions),
      }),
    );
  }
  lines.push(t(hours.holiday === 'appointment' ? 'catalog.hours.holidayAppointment' : 'catalog.hours.holidayClosed'));
  if (hours.selfService24h) lines.push(t('catalog.hours.selfService'));
  return lines;
}

/** A rate 0…1 as "97.5%". */
export function percent(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/**
 * Approximate centres (seat of government) of Baotou's regions, for visitors who do not share
 * their location: distances are then measured from the chosen district.
 */
export const REGION_CENTRES: Readonly<Record<string, { lat: number; lng: number }>> = {
  '150200': { lat: 40.6571, lng: 109.8403 },
  '150202': { lat: 40.5762, lng: 110.0462 },
  '150203': { lat: 40.6558, lng: 109.8224 },
  '150204': { lat: 40.6433, lng: 109.9013 },
  '150205': { lat: 40.6727, lng: 110.2727 },
  '150206': { lat: 41.7696, lng: 109.9702 },
  '150207': { lat: 40.6055, lng: 109.9681 },
  '150221': { lat: 40.5689, lng: 110.5241 },
  '150222': { lat: 41.0342, lng: 110.0601 },
  '150223': { lat: 41.6985, lng: 110.4326 },
  '150271': { lat: 40.6251, lng: 109.8072 },
};
