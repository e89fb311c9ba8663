import { EntityManager } from 'typeorm';
import { selectRows } from '../database/sql';

/**
 * How failed logins slow further attempts down. Nothing locks: after `threshold` failures on one
 * key each further failure doubles the wait, up to `maxDelaySeconds`; a quiet `windowMinutes`
 * forgets the key.
 */
export interface ThrottlePolicy {
  /** Failures from one client address before it waits (a township station shares one address). */
  addressThreshold: number;
  /** Failures on one login name before addresses that failed on it wait. */
  accountThreshold: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  windowMinutes: number;
}

export const addressKey = (address: string) => `address:${address.slice(0, 64)}`;
export const accountKey = (username: string) => `account:${username.toLowerCase().slice(0, 64)}`;

/** Seconds further attempts wait after `failures` failures on a key that tolerates `threshold`. */
export function delaySeconds(failures: number, threshold: number, policy: ThrottlePolicy): number {
  if (failures < threshold) return 0;
  return Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** Math.min(failures - threshold, 30));
}

interface ThrottleRow {
  key: string;
  failures: number;
  blocked_until: Date | null;
}

/**
 * Seconds this attempt must wait, 0 if none. An account's counter holds back only addresses
 * that have failed themselves, so its owner still logs in from an address that has not been
 * failing, and nobody can lock staff out by guessing at their names.
 */
export async function retryAfterSeconds(m: EntityManager, address: string, username: string, now: Date): Promise<number> {
  const rows = await selectRows<ThrottleRow>(
    m,
    `SELECT key, failures, blocked_until FROM login_throttle WHERE key = ANY ($1::text[])`,
    [[addressKey(address), accountKey(username)]],
  );
  const byAddress = rows.find((r) => r.key === addressKey(address));
  const byAccount = rows.find((r) => r.key === accountKey(username));
  const until = [byAddress?.blocked_until, byAddress ? byAccount?.blocked_until : null]
    .filter((d): d is Date => !!d)
    .map((d) => new Date(d).getTime() - now.getTime());
  return Math.max(0, Math.ceil(Math.max(0, ...until) / 1000));
}

/** Counts one failure on the address and on the name; answers the name's count and wait. */
export async function recordFailure(
  m: EntityManager,
  address: string,
  username: string,
  now: Date,
  policy: ThrottlePolicy,
): Promise<{ accountFailures: number; accountBlockedUntil: Date | null }> {
  const windowStart = new Date(now.getTime() - policy.windowMinutes * 60_000);
  // Forgotten keys go, so failures by the million cannot grow the table beyond one window.
  await m.query(`DELETE FROM login_throttle WHERE last_failure_at < $1`, [windowStart]);
  let account = { accountFailures: 0, accountBlockedUntil: null as Date | null };
  for (const [key, threshold] of [
    [addressKey(address), policy.addressThreshold],
    [accountKey(username), policy.accountThreshold],
  ] as const) {
    const [row] = await selectRows<{ failures: number }>(
      m,
      `INSERT INTO login_throttle (tenant_id, key, failures, last_failure_at)
       VALUES (current_tenant_id(), $1, 1, $2)
       ON CONFLICT (tenant_id, key) DO UPDATE SET failures = login_throttle.failures + 1, last_failure_at = $2
       RETURNING failures`,
      [key, now],
    );
    const wait = delaySeconds(row.failures, threshold, policy);
    const blockedUntil = wait ? new Date(now.getTime() + wait * 1000) : null;
    await m.query(`UPDATE login_throttle SET blocked_until = $2 WHERE tenant_id = current_tenant_id() AND key = $1`, [key, blockedUntil]);
    if (key === accountKey(username)) account = { accountFailures: row.failures, accountBlockedUntil: blockedUntil };
  }
  return account;
}

/** The administrator's unlock: the name's failures are forgiven. */
export async function clearAccount(m: EntityManager, username: string): Promise<void> {
  await m.query(`DELETE FROM login_throttle WHERE key = $1`, [accountKey(username)]);
}
