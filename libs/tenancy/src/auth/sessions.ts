import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';

/**
 * Opens a session and ends the person's oldest active ones beyond `maxSessions`, so a stolen
 * password cannot pile up sessions the owner never sees end.
 */
export async function openSession(
  m: EntityManager,
  s: { tenantId: string; userId: string; refreshHash: string; expiresAt: Date; maxSessions: number },
): Promise<string> {
  const id = randomUUID();
  await m.query(
    `INSERT INTO auth_session (tenant_id, id, user_id, refresh_hash, generation, created_at, expires_at)
     VALUES ($1, $2, $3, $4, 1, clock_timestamp(), $5)`,
    [s.tenantId, id, s.userId, s.refreshHash, s.expiresAt],
  );
  await m.query(
    `UPDATE auth_session SET revoked_at = now(), revoke_reason = 'session_limit'
      WHERE user_id = $1 AND revoked_at IS NULL
        AND id NOT IN (SELECT id FROM auth_session WHERE user_id = $1 AND revoked_at IS NULL
                        ORDER BY created_at DESC, id DESC LIMIT $2)`,
    [s.userId, s.maxSessions],
  );
  return id;
}
