import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { selectOne, selectRows } from '@county/tenancy';
import { CasesError } from '../cases.errors';

/** Stable JSON: the same request hashes the same whatever the order of its fields. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Runs `work` once per idempotency key. The key's row is inserted first, in the request's
 * transaction: a concurrent retry waits on it, then finds the committed first result and
 * returns it; if the first attempt rolled back, the retry does the work itself. The same key
 * with a different request is refused.
 */
export async function once<T>(m: EntityManager, key: string, operation: string, request: unknown, work: () => Promise<T>): Promise<T> {
  if (typeof key !== 'string' || !/^[A-Za-z0-9_-]{8,100}$/.test(key)) throw CasesError.IdempotencyKeyInvalid();
  const hash = createHash('sha256').update(`${operation}\n${canonical(request)}`).digest('hex');
  const claimed = await selectRows(
    m,
    `INSERT INTO idempotency_key (tenant_id, key, operation, request_hash, result) VALUES (current_tenant_id(), $1, $2, $3, 'null')
     ON CONFLICT (tenant_id, key) DO NOTHING RETURNING key`,
    [key, operation, hash],
  );
  if (!claimed.length) {
    const first = await selectOne<{ operation: string; request_hash: string; result: T }>(m, `SELECT operation, request_hash, result FROM idempotency_key WHERE key = $1`, [key]);
    if (!first || first.operation !== operation || first.request_hash !== hash) throw CasesError.IdempotencyKeyReused();
    return first.result;
  }
  const result = await work();
  await m.query(`UPDATE idempotency_key SET result = $2 WHERE key = $1`, [key, JSON.stringify(result)]);
  return result;
}
