import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { keyedMac } from './audit-hash';
import { AuditKey } from './audit-key';

/** A chain head that verified: entries up to it are trusted, and the chain may never be shorter. */
export interface AuditCheckpoint {
  tenantId: string;
  seq: string;
  hash: string;
  /** When it was verified (ISO 8601). */
  at: string;
}

/** A line of the checkpoint file that is not a checkpoint sealed with this key. */
export interface CheckpointFault {
  /** 1-based line number in the file. */
  line: number;
  tenantId: string | null;
  seq: string | null;
  reason: string;
}

export interface CheckpointLog {
  /** Per tenant, the sealed checkpoint with the highest seq. */
  latest: Map<string, AuditCheckpoint>;
  faults: CheckpointFault[];
}

const macOf = (c: AuditCheckpoint, key: AuditKey) => keyedMac(['audit-checkpoint', c.tenantId, c.seq, c.hash, c.at], key);

/**
 * Verified chain heads kept outside the database (AUDIT_CHECKPOINT_FILE, one JSON line per
 * checkpoint, mode 0600), each line sealed with HMAC-SM3 under the audit key. Deleting the
 * newest entries, even as the owner, leaves the chain shorter than (or different from) its
 * last checkpoint; a line written without the key is itself reported.
 */
export class AuditCheckpoints {
  constructor(
    readonly file: string,
    private readonly key: AuditKey,
  ) {}

  /** Appends one sealed line per head. */
  record(heads: readonly Omit<AuditCheckpoint, 'at'>[], at: Date = new Date()): void {
    if (!heads.length) return;
    const lines = heads.map((h) => {
      const checkpoint: AuditCheckpoint = { tenantId: h.tenantId, seq: String(h.seq), hash: h.hash, at: at.toISOString() };
      return `${JSON.stringify({ ...checkpoint, mac: macOf(checkpoint, this.key) })}\n`;
    });
    mkdirSync(dirname(this.file), { recursive: true });
    // `mode` applies only to a file the write creates; one made otherwise is narrowed first.
    if (existsSync(this.file)) chmodSync(this.file, 0o600);
    appendFileSync(this.file, lines.join(''), { mode: 0o600 });
  }

  /** Every line read back: the newest sealed checkpoint per tenant, and the lines that are not. */
  read(): CheckpointLog {
    const latest = new Map<string, AuditCheckpoint>();
    const faults: CheckpointFault[] = [];
    if (!existsSync(this.file)) return { latest, faults };
    readFileSync(this.file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        if (!text.trim()) return;
        const line = index + 1;
        let parsed: Record<string, unknown>;
        try {
          parsed = JSON.parse(text);
        } catch {
          return void faults.push({ line, tenantId: null, seq: null, reason: `checkpoint line ${line}: not a checkpoint` });
        }
        const field = (name: string) => (typeof parsed?.[name] === 'string' ? (parsed[name] as string) : null);
        const [tenantId, seq, hash, at, mac] = ['tenantId', 'seq', 'hash', 'at', 'mac'].map(field);
        if (!tenantId || !seq || !/^\d+$/.test(seq) || !hash || !at || !mac) {
          return void faults.push({ line, tenantId, seq, reason: `checkpoint line ${line}: not a checkpoint` });
        }
        const checkpoint: AuditCheckpoint = { tenantId, seq, hash, at };
        if (macOf(checkpoint, this.key) !== mac) {
          return void faults.push({ line, tenantId, seq, reason: `checkpoint line ${line}: MAC does not match` });
        }
        const kept = latest.get(tenantId);
        if (!kept || BigInt(seq) >= BigInt(kept.seq)) latest.set(tenantId, checkpoint);
      });
    return { latest, faults };
  }

  /** The tenant's newest sealed checkpoint, if any. */
  latest(tenantId: string): AuditCheckpoint | undefined {
    return this.read().latest.get(tenantId);
  }
}
