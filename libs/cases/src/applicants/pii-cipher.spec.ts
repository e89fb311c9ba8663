import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PiiCipher } from './pii-cipher';
import { PiiKey, piiKeyFrom, TEST_PII_KEY } from './pii-key';

describe('the PII key and cipher', () => {
  const cipher = new PiiCipher(TEST_PII_KEY);

  it('round-trips through SM4 with a fresh IV each time; the plain number is not in the ciphertext', () => {
    const a = cipher.encrypt('11010519491231002X');
    const b = cipher.encrypt('11010519491231002X');
    expect(a).not.toBe(b);
    expect(a).not.toContain('11010519491231002X');
    expect(cipher.decrypt(a)).toBe('11010519491231002X');
    expect(cipher.decrypt(b)).toBe('11010519491231002X');
  });

  it('the lookup hash is stable per key and differs between keys', () => {
    expect(cipher.lookupHash('11010519491231002X')).toBe(cipher.lookupHash('11010519491231002X'));
    expect(cipher.lookupHash('11010519491231002X')).not.toBe(cipher.lookupHash('110105194912310021'));
    expect(new PiiCipher(PiiKey.of('ab'.repeat(32))).lookupHash('11010519491231002X')).not.toBe(cipher.lookupHash('11010519491231002X'));
  });

  it('PII_KEY must be 64 hex characters; production and an external database refuse to run without it', () => {
    expect(() => PiiKey.of('short')).toThrow(/64 hexadecimal/);
    expect(piiKeyFrom({ PII_KEY: 'AB'.repeat(32) }).hex).toBe('ab'.repeat(32));
    expect(() => piiKeyFrom({ NODE_ENV: 'production' })).toThrow(/PII_KEY is not set/);
    expect(() => piiKeyFrom({ DATABASE_URL: 'postgres://x' })).toThrow(/PII_KEY is not set/);
    expect(String(TEST_PII_KEY)).toBe('PiiKey(…)');
  });

  it('the embedded install makes .data/pii-key once, readable by its owner only', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pii-')), 'pii-key');
    const first = piiKeyFrom({}, file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(piiKeyFrom({}, file).hex).toBe(first.hex);
  });
});

describe('an app without a PII key', () => {
  it('refuses to encrypt or look up rather than use some other key', () => {
    const none = new PiiCipher();
    expect(() => none.encrypt('x')).toThrow(/No PII key/);
    expect(() => none.lookupHash('x')).toThrow(/No PII key/);
  });
});
