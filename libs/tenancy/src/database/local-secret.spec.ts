import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localSecret, readLocalSecret } from './local-secret';

describe('localSecret', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'local-secret-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('makes a random secret once, in a file only its owner may read, and returns the same one after', () => {
    const file = join(dir, 'nested', 'app-db-password');
    expect(readLocalSecret(file)).toBeUndefined();
    const secret = localSecret(file);
    expect(secret).toMatch(/^[0-9a-f]{48}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(secret);
    expect(localSecret(file)).toBe(secret);
    expect(localSecret(join(dir, 'other'))).not.toBe(secret);
  });

  it('keeps a secret put in the file by hand, and replaces an empty file with a new 0600 one', () => {
    const kept = join(dir, 'kept');
    writeFileSync(kept, 'chosen-by-hand\n', { mode: 0o600 });
    expect(localSecret(kept)).toBe('chosen-by-hand');

    const empty = join(dir, 'empty');
    writeFileSync(empty, '', { mode: 0o644 });
    expect(localSecret(empty)).toMatch(/^[0-9a-f]{48}$/);
    expect(statSync(empty).mode & 0o777).toBe(0o600);
  });
});
