import { describe, expect, it } from 'vitest';
import { highlightSpans, highlightTerms } from './catalog.search.highlight';
import { Lexicon } from './catalog.search.lexicon';
import { editDistance, foldSyllable, initialsOf, spell, syllablesOf, substitutionCost, typoDistance } from './catalog.search.pinyin';

/**
 * The pinyin reading and typo correction of search (docs/decisions.md D26), on a small vocabulary
 * of catalog words. The queries are not in the vocabulary: each is a typo, a pinyin spelling or
 * the initials of a word that is, so a pass means the method generalises, not that a list of
 * known mistakes was looked up.
 */
const WORDS = [
  '社保',
  '社会保障卡',
  '社区',
  '公积金',
  '住房公积金',
  '提取',
  '基金',
  '户口迁移',
  '户口迁入',
  '户口',
  '营业执照',
  '身份证',
  '居住证',
  '护照',
  '驾驶证',
  '结婚登记',
  '离婚登记',
  '出生登记',
  '企业',
  '申报',
  '失业保险',
  '养老保险',
  '残疾人证',
  '银行开户',
  '不动产登记',
  '最低生活保障',
];
const everyday = new Set(['社保', '公积金', '护照', '户口迁移']);
const lexicon = new Lexicon(WORDS.map((text) => ({ text, weight: everyday.has(text) ? 100 : 1 })));
/** What the search index knows besides the lexicon (here: nothing more). */
const known = (w: string) => lexicon.has(w);

describe('misspelt pinyin', () => {
  it.each([
    ['shebo', '社保'],
    ['sheboa', '社保'],
    ['gongjijing', '公积金'],
    ['jiashizhen', '驾驶证'],
    ['hukouqianyl', '户口迁移'],
    ['shenfenzhen', '身份证'],
  ])('reads %s as %s: a letter missing, extra, wrong or two swapped', (query, text) => {
    expect(lexicon.readLatin(query)).toEqual({ text, by: 'pinyin' });
  });
});

describe('pinyin of catalog words', () => {
  it('gives tone-less syllables, reads a polyphone by its word, and writes ü as v', () => {
    expect(syllablesOf('社保')).toEqual(['she', 'bao']);
    expect(syllablesOf('银行开户')).toEqual(['yin', 'hang', 'kai', 'hu']);
    expect(syllablesOf('绿色')).toEqual(['lv', 'se']);
    expect(syllablesOf('passport')).toEqual([]);
    expect(initialsOf(syllablesOf('户口迁移'))).toBe('hkqy');
  });

  it('folds the pairs people confuse, so that near-homophones meet', () => {
    expect(foldSyllable('zhao')).toBe(foldSyllable('zao'));
    expect(foldSyllable('shi')).toBe('si');
    expect(foldSyllable('ling')).toBe(foldSyllable('nin'));
    expect(foldSyllable('tong')).toBe('tong');
    expect(editDistance('bao', 'pao')).toBe(1);
    expect(editDistance('gong', 'gongjijin')).toBe(5);
  });

  it('prices a homophone below a near-homophone below another character', () => {
    const at = (text: string) => spell(text, syllablesOf(text));
    const [bao1] = at('宝');
    const [bao2] = at('保');
    const [zao] = at('造');
    const [zhao] = at('照');
    const [qu] = at('区');
    expect(substitutionCost(bao1, bao2)).toBeLessThan(substitutionCost(zao, zhao));
    expect(substitutionCost(zao, zhao)).toBeLessThan(substitutionCost(bao1, qu));
    expect(typoDistance(at('社宝'), at('社保'))).toBeCloseTo(0.3);
    expect(typoDistance(at('社宝'), at('社区'))).toBe(1);
  });
});

describe('reading a latin query as Chinese', () => {
  it.each([
    ['shebao', '社保'],
    ['she bao', '社保'],
    ["she'bao", '社保'],
    ['gongjijin', '公积金'],
    ['GongJiJin', '公积金'],
    ['huzhao', '护照'],
    ['gongjijin tiqu', '公积金提取'],
    ['gongjijintiqu', '公积金提取'],
    ['yinhangkaihu', '银行开户'],
    ['shenfenzheng', '身份证'],
  ])('%s reads as %s by pinyin', (query, text) => {
    expect(lexicon.readLatin(query)).toEqual({ text, by: 'pinyin' });
  });

  it.each([
    ['sb', '社保'],
    ['hkqy', '户口迁移'],
    ['gjj', '公积金'],
    ['yyzz', '营业执照'],
    ['sfz', '身份证'],
  ])('%s reads as %s by initials', (query, text) => {
    expect(lexicon.readLatin(query)).toEqual({ text, by: 'initials' });
  });

  it('reads initials only as a whole known word of at least two letters', () => {
    // One letter would stand for every word; a word's initials must all be there, none extra.
    expect(lexicon.readLatin('s')).toBeNull();
    expect(lexicon.readLatin('hk')).toEqual({ text: '户口', by: 'initials' });
    expect(lexicon.readLatin('hkq')).toBeNull();
    expect(lexicon.readLatin('hkqyx')).toBeNull();
    // Initials with a space are not one word's.
    expect(lexicon.readLatin('s b')).toBeNull();
  });

  it('leaves English, mixed and unreadable text alone', () => {
    expect(lexicon.readLatin('passport')).toBeNull();
    // A short misspelling is not guessed at: one letter off a four-letter word is another word.
    expect(lexicon.readLatin('shbo')).toBeNull();
    expect(lexicon.readLatin('driving licence')).toBeNull();
    expect(lexicon.readLatin('shebao 卡')).toBeNull();
    expect(lexicon.readLatin("' or 1=1 --")).toBeNull();
    expect(lexicon.readLatin('')).toBeNull();
    // Pinyin that is no known word (nor splits into known words) reads as nothing.
    expect(lexicon.readLatin('xiaomao')).toBeNull();
  });
});

describe('suggesting the closest known words for a typo', () => {
  it.each([
    ['社宝', '社保'],
    ['公基金', '公积金'],
    ['户口前移', '户口迁移'],
    ['营业执造', '营业执照'],
    ['护找', '护照'],
    ['身分证', '身份证'],
    ['残疾人正', '残疾人证'],
    ['最低生活保账', '最低生活保障'],
    ['结昏登记', '结婚登记'],
  ])('%s → %s', (query, text) => {
    expect(lexicon.correct(query, known)).toBe(text);
  });

  it('corrects the wrong word inside a longer query and keeps the rest', () => {
    expect(lexicon.correct('公基金提取', known)).toBe('公积金提取');
    expect(lexicon.correct('我要办社宝', known)).toBe('我要办社保');
    expect(lexicon.correct('社宝 passport', known)).toBe('社保 passport');
  });

  it('leaves known words, unrelated words and non-Chinese text alone', () => {
    expect(lexicon.correct('社保', known)).toBeNull();
    expect(lexicon.correct('公积金提取', known)).toBeNull();
    // 月亮 sounds like nothing the catalog knows and shares no character with it.
    expect(lexicon.correct('月亮', known)).toBeNull();
    expect(lexicon.correct('passport', known)).toBeNull();
    expect(lexicon.correct('宝', known)).toBeNull();
  });

  it('prefers the more likely word when two are as close', () => {
    // 社宝 is one homophone away from both 社保 and 社报: the more popular word wins either way round.
    const a = new Lexicon([
      { text: '社保', weight: 100 },
      { text: '社报', weight: 1 },
    ]);
    const b = new Lexicon([
      { text: '社保', weight: 1 },
      { text: '社报', weight: 100 },
    ]);
    expect(a.correct('社宝', () => false)).toBe('社保');
    expect(b.correct('社宝', () => false)).toBe('社报');
    expect(a.readLatin('sb')).toEqual({ text: '社保', by: 'initials' });
  });
});

describe('highlighting', () => {
  it('marks Chinese words anywhere and merges overlaps', () => {
    const terms = highlightTerms(['社会保障', '保障卡', '社保']);
    expect(highlightSpans('社会保障卡申领', terms)).toEqual([{ start: 0, end: 5 }]);
    expect(highlightSpans('单位社会保险登记', terms)).toEqual([]);
  });

  it('marks latin words from their start to the end of the word, case-insensitively', () => {
    const terms = highlightTerms(['permits', 'pass', 'or']);
    expect(highlightSpans('Ordinary passport — Permit renewal', terms)).toEqual([
      { start: 9, end: 17 },
      { start: 20, end: 26 },
    ]);
  });

  it('leaves single characters out unless the query is one', () => {
    expect(highlightTerms(['证', '护照']).han).toEqual(['护照']);
    expect(highlightTerms(['证'], true).han).toEqual(['证']);
  });
});
