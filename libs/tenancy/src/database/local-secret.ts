import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The secret kept in `file`, or undefined while there is none (an empty file counts as none). */
export function readLocalSecret(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8').trim() || undefined;
}

/**
 * A per-install random secret (signing key, database password) kept in a file only this user
 * may read (mode 0600): made on first use, the same on every later start.
 */
export function localSecret(file: string): string {
  const kept = readLocalSecret(file);
  if (kept) return kept;
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(24).toString('hex');
  // An empty file left by an interrupted write is replaced; `mode` applies only to a file the write creates.
  if (existsSync(file)) chmodSync(file, 0o600);
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
