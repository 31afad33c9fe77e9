import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import smCrypto from 'sm-crypto';
import { canonicalJson } from '../../platform/audit/chain';

/**
 * E-seal signatures over e-licences (docs/domain.md S16, S17; docs/decisions.md D17): SM2 with SM3
 * (GB/T 32918, GB/T 32905; the SM3 digest takes the signer's Z value with the default user id, as
 * GM/T 0009 specifies), over the canonical JSON of the licence's data — object keys sorted at every
 * level — so anyone holding the seal's published public key and an SM2 library can check a licence
 * offline. A seal's private key is stored sealed with AES-256-GCM under the platform's seal key.
 */

export const SIGNATURE_ALGORITHM = 'SM2-SM3';

/** The exact text a licence's signature covers. */
export function canonicalOf(data: Record<string, unknown>): string {
  return canonicalJson(data);
}

export function signCanonical(canonical: string, privateKey: string, publicKey: string): string {
  return smCrypto.sm2.doSignature(canonical, privateKey, { hash: true, publicKey });
}

export function verifyCanonical(canonical: string, signature: string, publicKey: string): boolean {
  if (!/^[0-9a-f]{128}$/i.test(signature) || !/^04[0-9a-f]{128}$/i.test(publicKey)) return false;
  try {
    return smCrypto.sm2.doVerifySignature(canonical, signature, publicKey, { hash: true });
  } catch {
    return false;
  }
}

export function generateSealKeyPair(): { privateKey: string; publicKey: string } {
  const pair = smCrypto.sm2.generateKeyPairHex();
  return { privateKey: pair.privateKey, publicKey: pair.publicKey };
}

/** The 32-byte AES key from the platform's seal key (any length of secret text). */
function aesKey(sealKey: string): Buffer {
  return createHash('sha256').update(`tongban-seal-key:${sealKey}`).digest();
}

/** A private key sealed for storage: base64 of IV (12 bytes) | tag (16) | ciphertext. */
export function sealPrivateKey(privateKey: string, sealKey: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', aesKey(sealKey), iv);
  const body = Buffer.concat([cipher.update(privateKey, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** The private key of a sealed blob; throws when the blob was altered or the seal key differs. */
export function openPrivateKey(sealed: string, sealKey: string): string {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', aesKey(sealKey), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
