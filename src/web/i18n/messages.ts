import accountsEn from './accounts.en-US.json';
import accountsZh from './accounts.zh-CN.json';
import adminEn from './admin.en-US.json';
import adminZh from './admin.zh-CN.json';
import bundlesEn from './bundles.en-US.json';
import bundlesZh from './bundles.zh-CN.json';
import casesEn from './cases.en-US.json';
import casesZh from './cases.zh-CN.json';
import catalogEn from './catalog.en-US.json';
import catalogZh from './catalog.zh-CN.json';
import enUS from './en-US.json';
import hallsEn from './halls.en-US.json';
import hallsZh from './halls.zh-CN.json';
import exchangeEn from './exchange.en-US.json';
import exchangeZh from './exchange.zh-CN.json';
import hotlineEn from './hotline.en-US.json';
import hotlineZh from './hotline.zh-CN.json';
import kioskEn from './kiosk.en-US.json';
import kioskZh from './kiosk.zh-CN.json';
import licencesEn from './licences.en-US.json';
import licencesZh from './licences.zh-CN.json';
import paymentsEn from './payments.en-US.json';
import paymentsZh from './payments.zh-CN.json';
import ratingsEn from './ratings.en-US.json';
import ratingsZh from './ratings.zh-CN.json';
import reportsEn from './reports.en-US.json';
import reportsZh from './reports.zh-CN.json';
import supervisionEn from './supervision.en-US.json';
import supervisionZh from './supervision.zh-CN.json';
import zhCN from './zh-CN.json';

/**
 * One catalog per feature (the shell's in zh-CN.json/en-US.json, each module's UI in
 * <feature>.<lang>.json), so features can grow their texts without touching each other's files.
 * Keys are namespaced by feature (`catalog.…`, `cases.…`) and must not repeat across files.
 */
export const CATALOG_FILES = {
  'zh-CN': {
    core: zhCN,
    catalog: catalogZh,
    cases: casesZh,
    hotline: hotlineZh,
    admin: adminZh,
    ratings: ratingsZh,
    reports: reportsZh,
    supervision: supervisionZh,
    licences: licencesZh,
    exchange: exchangeZh,
    accounts: accountsZh,
    bundles: bundlesZh,
    halls: hallsZh,
    payments: paymentsZh,
    kiosk: kioskZh,
  },
  'en-US': {
    core: enUS,
    catalog: catalogEn,
    cases: casesEn,
    hotline: hotlineEn,
    admin: adminEn,
    ratings: ratingsEn,
    reports: reportsEn,
    supervision: supervisionEn,
    licences: licencesEn,
    exchange: exchangeEn,
    accounts: accountsEn,
    bundles: bundlesEn,
    halls: hallsEn,
    payments: paymentsEn,
    kiosk: kioskEn,
  },
} as const;

const zhAll = {
  ...accountsZh,
  ...zhCN,
  ...catalogZh,
  ...casesZh,
  ...hotlineZh,
  ...adminZh,
  ...ratingsZh,
  ...reportsZh,
  ...supervisionZh,
  ...exchangeZh,
  ...licencesZh,
  ...bundlesZh,
  ...hallsZh,
  ...paymentsZh,
  ...kioskZh,
};
const enAll = {
  ...accountsEn,
  ...enUS,
  ...catalogEn,
  ...casesEn,
  ...hotlineEn,
  ...adminEn,
  ...ratingsEn,
  ...reportsEn,
  ...supervisionEn,
  ...exchangeEn,
  ...licencesEn,
  ...bundlesEn,
  ...hallsEn,
  ...paymentsEn,
  ...kioskEn,
};

/** UI languages; the value is also the `Accept-Language` the API receives. */
export const LANGS = ['zh-CN', 'en-US'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-CN';
export const LANG_STORAGE_KEY = 'tongban.lang';

/** zh-CN is the reference catalog: every key must exist in every language. */
export type MessageKey = keyof typeof zhAll;
export type MessageParams = Record<string, string | number>;

// Typing en-US against zh-CN's keys makes a missing English text a compile error.
const catalogs: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhAll, 'en-US': enAll };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(zhAll, value);
}

/** Looks up `key` in `lang` and fills `{name}` placeholders from `params`. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const text = catalogs[lang][key] ?? catalogs[DEFAULT_LANG][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The saved UI language, or zh-CN when none is saved or storage is unavailable. */
export function readStoredLang(): Lang {
  try {
    const stored = window.localStorage.getItem(LANG_STORAGE_KEY);
    return isLang(stored) ? stored : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

export function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Private mode or disabled storage: the choice then lasts for this page only.
  }
}
