import smCrypto from 'sm-crypto';
import { describe, expect, it } from 'vitest';
import { canonicalOf, generateSealKeyPair, openPrivateKey, sealPrivateKey, signCanonical, verifyCanonical } from './licences.signature';

const licence = {
  type: '营业执照',
  number: '91150203MA0N2X3K7T',
  holder: { name: '包头市鹿城小吃店有限公司', id: '91150203MA0N2X3K7T' },
  issuer: { name: '包头市市场监督管理局', code: '11150200011505920Y' },
  issuedAt: '2026-11-30',
  fields: { legalRepresentative: '王晓明', registeredCapital: '50 万元', scope: ['餐饮服务', '预包装食品销售'] },
};

describe('SM2-SM3 licence signatures', () => {
  const keys = generateSealKeyPair();
  const canonical = canonicalOf(licence);
  const signature = signCanonical(canonical, keys.privateKey, keys.publicKey);

  it('verify with nothing but sm-crypto and the public key', () => {
    // What an offline verifier does: no Tongban code, only the library and the published key.
    expect(smCrypto.sm2.doVerifySignature(canonical, signature, keys.publicKey, { hash: true })).toBe(true);
    expect(verifyCanonical(canonical, signature, keys.publicKey)).toBe(true);
  });

  it('sign the canonical form: key order does not matter, one changed character does', () => {
    const reordered = {
      fields: licence.fields,
      issuedAt: licence.issuedAt,
      issuer: licence.issuer,
      holder: licence.holder,
      number: licence.number,
      type: licence.type,
    };
    expect(canonicalOf(reordered)).toBe(canonical);
    expect(verifyCanonical(canonical.replace('王晓明', '王晓鸣'), signature, keys.publicKey)).toBe(false);
    expect(verifyCanonical(canonical, signature, generateSealKeyPair().publicKey)).toBe(false);
    expect(verifyCanonical(canonical, 'zz', keys.publicKey)).toBe(false);
  });

  it('keep a private key sealed at rest; another seal key or an altered blob cannot open it', () => {
    const sealed = sealPrivateKey(keys.privateKey, 'the platform seal key');
    expect(sealed).not.toContain(keys.privateKey);
    expect(openPrivateKey(sealed, 'the platform seal key')).toBe(keys.privateKey);
    expect(() => openPrivateKey(sealed, 'another key')).toThrow();
    const raw = Buffer.from(sealed, 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => openPrivateKey(raw.toString('base64'), 'the platform seal key')).toThrow();
  });
});
