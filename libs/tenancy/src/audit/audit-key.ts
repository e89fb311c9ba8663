import { DataSource, EntityManager } from 'typeorm';

/**
 * The secret audit entries and checkpoints are sealed with (HMAC-SM3). It is held outside the
 * database (AUDIT_KEY, or `.data/audit-key` for the embedded install), so a database role alone
 * cannot write an entry or a checkpoint that verifies. Used as the Nest provider token too.
 */
export class AuditKey {
  private constructor(
    /** The key as sm-crypto's HMAC takes it: hex of the secret's UTF-8 bytes. */
    readonly hex: string,
  ) {}

  static of(secret: string): AuditKey {
    if (!secret.trim()) throw new Error('The audit key is empty');
    return new AuditKey(Buffer.from(secret.trim(), 'utf8').toString('hex'));
  }

  /** Never printed by accident. */
  toString(): string {
    return 'AuditKey(…)';
  }

  toJSON(): string {
    return this.toString();
  }
}

/** AUDIT_KEY, else `fallback` (the embedded install's `.data/audit-key`); neither is an error, named. */
export function auditKeyFrom(env: NodeJS.ProcessEnv, fallback?: string): AuditKey {
  const secret = env.AUDIT_KEY?.trim() || fallback;
  if (!secret) throw new Error('AUDIT_KEY is not set: the key audit entries are sealed with (a long random string, the same on every replica)');
  return AuditKey.of(secret);
}

const bound = new WeakMap<DataSource, AuditKey>();
let processKey: AuditKey | undefined;

/** The key appends through this data source are sealed with (the kernel binds the app's pool). */
export function bindAuditKey(dataSource: DataSource, key: AuditKey): void {
  bound.set(dataSource, key);
}

/**
 * The key for appends through data sources nobody bound: seeds, imports and commands that open
 * their own owner connection. Each entry point (server, command, test setup) sets it once.
 */
export function useAuditKey(key: AuditKey): void {
  processKey = key;
}

/** The key an append through `manager` is sealed with; without one, no entry is written. */
export function auditKeyOf(manager: EntityManager): AuditKey {
  const key = bound.get(manager.connection) ?? processKey;
  if (!key) throw new Error('No audit key: bind one to the data source (TenancyModule) or call useAuditKey at start-up');
  return key;
}
