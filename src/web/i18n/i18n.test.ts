import { describe, expect, it } from 'vitest';
import { CATALOG_FILES } from './messages';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const features = Object.keys(CATALOG_FILES['zh-CN']) as Array<keyof (typeof CATALOG_FILES)['zh-CN']>;

describe.each(features)('i18n catalog %s', (feature) => {
  const zh: Record<string, string> = CATALOG_FILES['zh-CN'][feature];
  const en: Record<string, string> = CATALOG_FILES['en-US'][feature];

  it('zh-CN and en-US have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('has no empty or non-string texts', () => {
    const empty = [...Object.entries(zh), ...Object.entries(en)].filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('writes placeholders as {name}: the translator leaves {{name}} braces in the text', () => {
    expect([...Object.entries(zh), ...Object.entries(en)].filter(([, text]) => /\{\{/.test(text)).map(([k]) => k)).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    expect(Object.keys(zh).filter((k) => placeholders(zh[k]).join() !== placeholders(en[k] ?? '').join())).toEqual([]);
  });
});

describe('i18n catalogs together', () => {
  it('no key is defined in two feature files', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const f of features) {
      for (const k of Object.keys(CATALOG_FILES['zh-CN'][f])) {
        if (seen.has(k)) dupes.push(`${k} (${seen.get(k)} and ${f})`);
        seen.set(k, f);
      }
    }
    expect(dupes).toEqual([]);
  });
});
