import { EntityManager } from 'typeorm';
import { selectOne, selectRows } from '../database/sql';
import { AuditCheckpoint, AuditCheckpoints } from './audit-checkpoints';
import { chainHash, ChainedFields, GENESIS_HASH, keyedChainHash, SEAL } from './audit-hash';
import { AuditKey, auditKeyOf } from './audit-key';

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
  /** Entries this call walked (those after each chain's checkpoint, or all with `full`). */
  checked: number;
  /** For one tenant: the checkpointed seq the walk resumed after; null when it walked from the start. */
  resumedFromSeq: string | null;
  firstBrokenSeq: string | null;
  tenantId: string | null;
  reason: string | null;
}

export interface VerifyOptions {
  key: AuditKey;
  /** Where verified heads are kept; without it every chain is walked whole and nothing is anchored. */
  checkpoints?: AuditCheckpoints;
  /** One tenant's chain (the app role sees only its own); every tenant's when absent (as owner). */
  tenantId?: string;
  /** Walk every entry, not only those after the checkpoint (the checkpoint is still checked). */
  full?: boolean;
}

/**
 * Appends to the tenant's audit chain inside the caller's transaction, so an action and
 * its record commit together. A transaction-scoped advisory lock serialises appends per tenant.
 * Every entry is sealed with HMAC-SM3 under the audit key bound to the manager's data source.
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
  const entry = { ...fields, hash: keyedChainHash(fields, auditKeyOf(manager)) };
  await manager.query(
    `INSERT INTO audit_log (tenant_id, seq, at, actor_id, actor_name, on_behalf_of, action, subject_type, subject_id, detail, prev_hash, hash, seal)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [entry.tenantId, entry.seq, entry.at, entry.actorId, entry.actorName, entry.onBehalfOf, entry.action, entry.subjectType, entry.subjectId, entry.detail, entry.prevHash, entry.hash, SEAL.hmacSm3],
  );
  return entry;
}

const COLUMNS = `tenant_id, seq, at, actor_id, actor_name, on_behalf_of, action, subject_type, subject_id, detail, prev_hash, hash, seal`;

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
  seal: number;
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

const BATCH = 2000;

/** Every chain that may hold entries or has a checkpoint: tenants, plus checkpointed tenants since gone. */
async function chainsToVerify(manager: EntityManager, checkpointed: Iterable<string>): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(manager, `SELECT id::text AS id FROM tenant`);
  return [...new Set([...rows.map((r) => r.id), ...checkpointed])].sort();
}

interface ChainResult {
  ok: boolean;
  checked: number;
  resumedFromSeq: string | null;
  firstBrokenSeq: string | null;
  reason: string | null;
  /** The last entry walked (or the checkpoint when nothing is newer). */
  head: { seq: string; hash: string } | null;
}

/**
 * Walks one tenant's chain in order from its checkpoint (or from the start) and names the first
 * link whose seal, predecessor or sequence does not hold. A plain (unkeyed) entry is accepted
 * only as legacy: before any keyed entry and not beyond the checkpoint.
 */
async function verifyChain(manager: EntityManager, tenantId: string, key: AuditKey, checkpoint: AuditCheckpoint | undefined, full: boolean): Promise<ChainResult> {
  let checked = 0;
  let prevHash = GENESIS_HASH;
  let prevSeq = 0n;
  let keyedSeen = false;
  let resumedFromSeq: string | null = null;
  const broken = (seq: string | bigint, reason: string): ChainResult => ({ ok: false, checked, resumedFromSeq, firstBrokenSeq: String(seq), reason, head: null });
  const cpSeq = checkpoint ? BigInt(checkpoint.seq) : null;
  const truncated = () => `truncated: checkpoint at seq ${checkpoint!.seq}`;
  const differs = () => `differs from checkpoint at seq ${checkpoint!.seq}`;
  if (checkpoint && !full) {
    const anchored = await selectOne<{ hash: string }>(manager, `SELECT hash FROM audit_log WHERE tenant_id = $1 AND seq = $2`, [tenantId, checkpoint.seq]);
    if (!anchored) return broken(checkpoint.seq, truncated());
    if (anchored.hash !== checkpoint.hash) return broken(checkpoint.seq, differs());
    prevSeq = cpSeq!;
    prevHash = checkpoint.hash;
    resumedFromSeq = checkpoint.seq;
  }
  for (;;) {
    const rows = await selectRows<AuditRow>(
      manager,
      `SELECT ${COLUMNS} FROM audit_log WHERE tenant_id = $1 AND seq > $2::bigint ORDER BY seq LIMIT ${BATCH}`,
      [tenantId, String(prevSeq)],
    );
    for (const r of rows) {
      const seq = BigInt(r.seq);
      if (seq !== prevSeq + 1n) return broken(r.seq, `sequence gap: expected ${prevSeq + 1n}`);
      if (r.prev_hash !== prevHash) return broken(r.seq, 'previous hash does not match the preceding entry');
      const entry = entryOfRow(r);
      if (Number(r.seal) === SEAL.hmacSm3) {
        if (keyedChainHash(entry, key) !== r.hash) return broken(r.seq, 'entry content does not match its hash');
        keyedSeen = true;
      } else if (Number(r.seal) === SEAL.plainSm3) {
        if (keyedSeen) return broken(r.seq, 'unkeyed entry after a keyed one');
        if (cpSeq !== null && seq > cpSeq) return broken(r.seq, `unkeyed entry beyond the checkpoint at seq ${cpSeq}`);
        if (chainHash(entry) !== r.hash) return broken(r.seq, 'entry content does not match its hash');
      } else {
        return broken(r.seq, `unknown seal ${r.seal}`);
      }
      if (cpSeq !== null && seq === cpSeq && r.hash !== checkpoint!.hash) return broken(r.seq, differs());
      prevHash = r.hash;
      prevSeq = seq;
      checked++;
    }
    if (rows.length < BATCH) break;
  }
  if (cpSeq !== null && prevSeq < cpSeq) return broken(prevSeq + 1n, truncated());
  const head = prevSeq > 0n ? { seq: String(prevSeq), hash: prevHash } : null;
  return { ok: true, checked, resumedFromSeq, firstBrokenSeq: null, reason: null, head };
}

/**
 * Verifies audit chains: one tenant's, or every tenant's (as owner). Each chain is walked from
 * its last checkpoint (`full`: from the start) and must reach at least that checkpoint; a
 * checkpoint line not sealed with the key is reported first. Each chain that verifies has its
 * new head recorded as a checkpoint, so the next call walks only what was appended since.
 */
export async function verifyAuditChains(manager: EntityManager, options: VerifyOptions): Promise<AuditVerification> {
  const { key, checkpoints, tenantId, full = false } = options;
  const log = checkpoints?.read() ?? { latest: new Map<string, AuditCheckpoint>(), faults: [] };
  const fault = log.faults.find((f) => !tenantId || f.tenantId === tenantId || f.tenantId === null);
  if (fault) return { ok: false, checked: 0, resumedFromSeq: null, firstBrokenSeq: fault.seq, tenantId: fault.tenantId, reason: fault.reason };
  const tenants = tenantId ? [tenantId] : await chainsToVerify(manager, log.latest.keys());
  let checked = 0;
  let resumedFromSeq: string | null = null;
  const heads: { tenantId: string; seq: string; hash: string }[] = [];
  for (const t of tenants) {
    const checkpoint = log.latest.get(t);
    const result = await verifyChain(manager, t, key, checkpoint, full);
    checked += result.checked;
    if (tenantId) resumedFromSeq = result.resumedFromSeq;
    if (!result.ok) {
      checkpoints?.record(heads);
      return { ok: false, checked, resumedFromSeq, firstBrokenSeq: result.firstBrokenSeq, tenantId: t, reason: result.reason };
    }
    if (result.head && result.head.seq !== checkpoint?.seq) heads.push({ tenantId: t, ...result.head });
  }
  checkpoints?.record(heads);
  return { ok: true, checked, resumedFromSeq, firstBrokenSeq: null, tenantId: null, reason: null };
}
