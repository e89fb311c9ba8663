declare module 'sm-crypto' {
  /** Plain SM3, or HMAC-SM3 with `{ key }` (hex). */
  export const sm3: (input: string | number[], options?: { key: string; mode?: 'hmac' }) => string;
  export const sm4: {
    encrypt(data: string, key: string, options?: Record<string, unknown>): string;
    decrypt(data: string, key: string, options?: Record<string, unknown>): string;
  };
}
