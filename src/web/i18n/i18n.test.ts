import { describe, expect, it } from 'vitest';
import enUS from './en-US.json';
import zhCN from './zh-CN.json';

const catalogs: Record<string, Record<string, string>> = { 'zh-CN': zhCN, 'en-US': enUS };
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogs', () => {
  it('zh-CN and en-US have exactly the same keys', () => {
    const zhKeys = Object.keys(zhCN).sort();
    const enKeys = Object.keys(enUS).sort();
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys).toEqual(zhKeys);
  });

  it.each(Object.keys(catalogs))('%s has no empty or non-string texts', (lang) => {
    const empty = Object.entries(catalogs[lang]).filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('every text uses the same placeholders in both languages', () => {
    const mismatched = Object.keys(zhCN).filter(
      (key) => placeholders(catalogs['zh-CN'][key]).join() !== placeholders(catalogs['en-US'][key] ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });
});
