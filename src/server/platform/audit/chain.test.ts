import smCrypto from 'sm-crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, hashLink, sm3Hex, verifyLinks, type ChainLink } from './chain';

function makeChain(n: number): Array<ChainLink & { hash: string }> {
  const rows: Array<ChainLink & { hash: string }> = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const link: ChainLink = {
      chain: 'case:1',
      seq: i,
      prevHash: prev,
      action: `step${i}`,
      actorId: null,
      actorName: '张三',
      subjectType: 'case',
      subjectId: '1',
      regionCode: '150203',
      data: { i, note: '意见' },
      createdAt: new Date(1_700_000_000_000 + i),
    };
    const hash = hashLink(link);
    rows.push({ ...link, hash });
    prev = hash;
  }
  return rows;
}

describe('hash chain', () => {
  it('hashes with SM3: the GB/T 32905 example, and what sm-crypto computes for Chinese text', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    const text = canonicalJson({ actorName: '张三', data: { note: '意见：材料齐全，予以受理 ✓' }, seq: 1 });
    expect(sm3Hex(text)).toBe(smCrypto.sm3(text));
  });

  it('canonical JSON ignores key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, 2] }, b: 1 }));
  });

  it('verifies an intact chain', () => {
    const rows = makeChain(5);
    expect(verifyLinks(rows, { seq: 5, hash: rows[4].hash })).toEqual([]);
  });

  it('finds an altered row', () => {
    const rows = makeChain(5);
    rows[2] = { ...rows[2], data: { i: 3, note: '改过' } };
    expect(verifyLinks(rows, { seq: 5, hash: rows[4].hash })).toContainEqual({ kind: 'hash_mismatch', seq: 3 });
  });

  it('finds a deleted row in the middle and at the end', () => {
    const rows = makeChain(5);
    const head = { seq: 5, hash: rows[4].hash };
    expect(verifyLinks([...rows.slice(0, 2), ...rows.slice(3)], head)).toContainEqual({ kind: 'missing_rows', afterSeq: 2, nextSeq: 4 });
    expect(verifyLinks(rows.slice(0, 4), head)).toContainEqual({ kind: 'head_mismatch', headSeq: 5, lastSeq: 4 });
  });

  it('finds a row re-hashed after alteration (link to the next row breaks)', () => {
    const rows = makeChain(4);
    const forged = { ...rows[1], data: { forged: true } };
    forged.hash = hashLink(forged);
    rows[1] = forged;
    expect(verifyLinks(rows, { seq: 4, hash: rows[3].hash })).toContainEqual({ kind: 'broken_link', seq: 3 });
  });
});
