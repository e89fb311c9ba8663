import { randomBytes } from 'node:crypto';
import { sm3, sm4 } from 'sm-crypto';
import { PiiKey } from './pii-key';

/** Two keys derived from the one secret, so the lookup hash never reuses the cipher's key. */
const derive = (key: PiiKey, purpose: string) => sm3(purpose, { key: key.hex });

/**
 * ID numbers at rest: SM4-CBC with a fresh IV per value (`iv:ciphertext`, hex), and the
 * HMAC-SM3 lookup hash that finds a number without decrypting every row.
 */
export class PiiCipher {
  private readonly keys: { cipher: string; hash: string } | null;

  /** Without a key (tools that never touch applicants) every use throws rather than fall back to some key. */
  constructor(key?: PiiKey) {
    this.keys = key ? { cipher: derive(key, 'county-pii-sm4').slice(0, 32), hash: derive(key, 'county-pii-lookup') } : null;
  }

  private get key(): { cipher: string; hash: string } {
    if (!this.keys) throw new Error('No PII key: pass piiKey (PII_KEY) to the app');
    return this.keys;
  }

  encrypt(plain: string): string {
    const iv = randomBytes(16).toString('hex');
    return `${iv}:${sm4.encrypt(plain, this.key.cipher, { mode: 'cbc', iv })}`;
  }

  decrypt(stored: string): string {
    const [iv, data] = stored.split(':');
    return sm4.decrypt(data, this.key.cipher, { mode: 'cbc', iv });
  }

  /** The same number always hashes the same within an install; a different key gives another hash. */
  lookupHash(normalized: string): string {
    return sm3(normalized, { key: this.key.hash });
  }
}
