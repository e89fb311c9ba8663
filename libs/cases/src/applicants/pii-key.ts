import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The embedded install's key file, made once (mode 0600); with DATABASE_URL, PII_KEY must be set. */
export const LOCAL_PII_KEY_FILE = '.data/pii-key';

/**
 * The per-install secret ID numbers are encrypted (SM4) and looked up (HMAC-SM3) with: 32
 * random bytes as 64 hex characters, kept outside the database like the JWT secret (PII_KEY, or
 * `.data/pii-key` for the embedded install). A database dump alone reveals no number.
 * Used as the Nest provider token too.
 */
export class PiiKey {
  private constructor(readonly hex: string) {}

  static of(hex: string): PiiKey {
    const value = (hex ?? '').trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(value)) throw new Error('PII_KEY must be 64 hexadecimal characters (32 random bytes, e.g. `openssl rand -hex 32`)');
    return new PiiKey(value);
  }

  /** Never printed by accident. */
  toString(): string {
    return 'PiiKey(…)';
  }

  toJSON(): string {
    return this.toString();
  }
}

/** The key every test encrypts with; never a production key. */
export const TEST_PII_KEY = PiiKey.of('7e57'.repeat(16));

/** A 64-hex key kept in `file` (mode 0600), made on first use. */
export function localPiiKey(file: string = LOCAL_PII_KEY_FILE): string {
  const kept = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (kept) return kept;
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32).toString('hex');
  if (existsSync(file)) chmodSync(file, 0o600);
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

/**
 * PII_KEY; else, for the embedded install (no DATABASE_URL) outside production, `.data/pii-key`.
 * Production and an external database need PII_KEY: a generated key would lose every number.
 */
export function piiKeyFrom(env: NodeJS.ProcessEnv, file: string = LOCAL_PII_KEY_FILE): PiiKey {
  const given = env.PII_KEY?.trim();
  if (given) return PiiKey.of(given);
  if (env.NODE_ENV === 'production' || env.DATABASE_URL) {
    throw new Error('PII_KEY is not set: the key ID numbers are encrypted with (64 hex characters, the same on every replica, kept away from the database)');
  }
  return PiiKey.of(localPiiKey(file));
}
