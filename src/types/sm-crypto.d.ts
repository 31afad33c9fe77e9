// sm-crypto ships no types; these cover what Tongban uses (SM2 signatures, SM3 hashes).
declare module 'sm-crypto' {
  interface KeyPair {
    publicKey: string;
    privateKey: string;
  }
  interface SignOptions {
    hash?: boolean;
    der?: boolean;
    publicKey?: string;
    userId?: string;
  }
  const smCrypto: {
    sm3(input: string | number[] | Uint8Array, options?: { key?: string; mode?: 'hmac' }): string;
    sm2: {
      generateKeyPairHex(): KeyPair;
      doSignature(msg: string | number[], privateKey: string, options?: SignOptions): string;
      doVerifySignature(msg: string | number[], signHex: string, publicKey: string, options?: SignOptions): boolean;
      getPublicKeyFromPrivateKey(privateKey: string): string;
      compressPublicKeyHex(publicKey: string): string;
    };
  };
  export default smCrypto;
}
