import { EntityManager } from 'typeorm';
import { selectOne, selectRows } from '../database/sql';
import { fetchPage, mapPage, Page, PageArgs } from '../graphql/connection';
import { chainHash, ChainedFields, GENESIS_HASH } from './audit-hash';

export interface AuditRecord {
  actorId?: string | null;
  actorName?: string;
  onBehalfOf?: string | null;
  action: string;
  subjectType?: string;
  subjectId?: string;
  detail?: Record<string, unknown>;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBrokenSeq: string | null;
  tenantId: string | null;
  reason: string | null;
}

/**
 * Appends to the tenant's audit chain inside the caller's transaction, so an action and
 * its record commit together. A transaction-scoped advisory lock serialises appends per tenant.
 */
export async function appendAudit(manager: EntityManager, tenantId: string, record: AuditRecord): Promise<ChainedFields & { hash: string }> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('audit:' || $1, 0))`, [tenantId]);
  const last = await selectOne<{ seq: string; hash: string }>(
    manager,
    `SELECT a.seq::text AS seq, a.hash FROM audit_log a WHERE a.tenant_id = $1 ORDER BY a.seq DESC LIMIT 1`,
    [tenantId],
  );
  const fields: ChainedFields = {
    tenantId,
    seq: String(last ? BigInt(last.seq) + 1n : 1n),
    at: new Date(),
    actorId: record.actorId ?? null,
    actorName: record.actorName ?? '',
    onBehalfOf: record.onBehalfOf ?? null,
    action: record.action,
    subjectType: record.subjectType ?? null,
    subjectId: record.subjectId ?? null,
    detail: record.detail ?? {},
    prevHash: last ? last.hash : GENESIS_HASH,
  };
  const entry = { ...fields, hash: chainHash(fields) };
  await manager.query(
    `INSERT INTO audit_log (tenant_id, seq, at, actor_id, actor_name, on_behalf_of, action, subject_type, subject_id, detail, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [entry.tenantId, entry.seq, entry.at, entry.actorId, entry.actorName, entry.onBehalfOf, entry.action, entry.subjectType, entry.subjectId, entry.detail, entry.prevHash, entry.hash],
  );
  return entry;
}

const COLUMNS = `tenant_id, seq, at, actor_id, actor_name, on_behalf_of, action, subject_type, subject_id, detail, prev_hash, hash`;

/** An audit_log row as COLUMNS selects it. */
export interface AuditRow {
  tenant_id: string;
  seq: string;
  at: Date;
  actor_id: string | null;
  actor_name: string;
  on_behalf_of: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  detail: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

/** An audit_log row as the fields its hash covers, plus the hash itself. */
export function entryOfRow(r: AuditRow): ChainedFields & { hash: string } {
  return {
    tenantId: r.tenant_id,
    seq: String(r.seq),
    at: new Date(r.at),
    actorId: r.actor_id,
    actorName: r.actor_name,
    onBehalfOf: r.on_behalf_of,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    detail: r.detail,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** The current tenant's chain, newest first, optionally one kind of action, paged by sequence number. */
export async function listAudit(manager: EntityManager, page: PageArgs, action?: string | null): Promise<Page<ChainedFields & { hash: string }>> {
  const rows = await fetchPage<AuditRow>(
    manager,
    {
      sql: `SELECT ${COLUMNS} FROM audit_log WHERE tenant_id = current_tenant_id() AND ($1::text IS NULL OR action = $1)`,
      params: [action || null],
      keys: [{ column: 'seq', desc: true }],
    },
    page,
  );
  return mapPage(rows, (found) => found.map(entryOfRow));
}

const BATCH = 2000;

/**
 * Walks chains in order and names the first link whose hash, predecessor or sequence
 * does not hold. Reads what the connection may see: one tenant as the app, all as owner.
 */
export async function verifyAuditChains(manager: EntityManager, tenantId?: string): Promise<AuditVerification> {
  let checked = 0;
  let current: string | null = null;
  let prevHash = GENESIS_HASH;
  let prevSeq = 0n;
  let after: [string, string] = ['00000000-0000-0000-0000-000000000000', '0'];
  let first = true;
  for (;;) {
    const rows = await selectRows<AuditRow>(
      manager,
      `SELECT ${COLUMNS}
         FROM audit_log
        WHERE ($1::uuid IS NULL OR tenant_id = $1) AND ($4 OR (tenant_id, seq) > ($2::uuid, $3::bigint))
        ORDER BY tenant_id, seq LIMIT ${BATCH}`,
      [tenantId ?? null, after[0], after[1], first],
    );
    first = false;
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.tenant_id !== current) {
        current = r.tenant_id;
        prevHash = GENESIS_HASH;
        prevSeq = 0n;
      }
      const seq = BigInt(r.seq);
      const broken = (reason: string): AuditVerification => ({
        ok: false,
        checked,
        firstBrokenSeq: String(r.seq),
        tenantId: r.tenant_id,
        reason,
      });
      if (seq !== prevSeq + 1n) return broken(`sequence gap: expected ${prevSeq + 1n}`);
      if (r.prev_hash !== prevHash) return broken('previous hash does not match the preceding entry');
      if (chainHash(entryOfRow(r)) !== r.hash) return broken('entry content does not match its hash');
      prevHash = r.hash;
      prevSeq = seq;
      checked++;
    }
    const last = rows[rows.length - 1];
    after = [last.tenant_id, String(last.seq)];
  }
  return { ok: true, checked, firstBrokenSeq: null, tenantId: null, reason: null };
}
