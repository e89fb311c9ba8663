import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid } from './ids';
import { asUnavailable } from './connection-errors';

/** What a transaction needs to know to be scoped: whose data it may touch. */
export interface TenantScope {
  readonly tenantId: string;
  /** Platform operators may list and create tenants, never read inside them. */
  readonly platform?: boolean;
}

/** How long one statement, or one wait for a lock, may take before Postgres gives up. */
export interface TransactionLimits {
  lockTimeoutMs: number;
  statementTimeoutMs: number;
}

export const DEFAULT_LIMITS: TransactionLimits = { lockTimeoutMs: 5_000, statementTimeoutMs: 30_000 };

/** Work queued to run last inside the transaction, just before it commits (the audit append). */
type BeforeCommit = (manager: EntityManager) => Promise<void>;

interface OpenTransaction {
  scope: TenantScope;
  manager: EntityManager;
  beforeCommit: BeforeCommit[];
}

const open = new AsyncLocalStorage<OpenTransaction>();
const byManager = new WeakMap<EntityManager, OpenTransaction>();

const sameScope = (a: TenantScope, b: TenantScope) => a.tenantId === b.tenantId && !!a.platform === !!b.platform;

/**
 * The one way to reach tenant data. The edge (resolver, controller, CLI, job) opens one
 * short transaction per request and sets the tenant with a transaction-local setting, so
 * a pooled connection never carries one request's tenant into the next; row-level security
 * does the rest. A nested `run` with the same scope joins the open transaction, so a domain
 * function never opens a second one that could wait on the first's locks.
 */
export class TenantDatabase {
  constructor(
    readonly dataSource: DataSource,
    private readonly limits: TransactionLimits = DEFAULT_LIMITS,
  ) {}

  run<T>(scope: TenantScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!scope?.tenantId) throw new Error('TenantDatabase.run needs a tenant scope');
    const current = open.getStore();
    if (current) {
      if (!sameScope(current.scope, scope)) {
        throw new Error(`TenantDatabase.run: a transaction for tenant ${current.scope.tenantId} is open; cannot switch to ${scope.tenantId}`);
      }
      return work(current.manager);
    }
    // SET takes no bind parameters: the tenant is spliced in only once it is a well-formed uuid.
    // SET LOCAL (not set_config) is what Citus propagates to its workers (docs/scaling.md).
    if (!isUuid(scope.tenantId)) throw new Error('TenantDatabase.run: the tenant id is not a uuid');
    const lockMs = Math.trunc(this.limits.lockTimeoutMs);
    const statementMs = Math.trunc(this.limits.statementTimeoutMs);
    return this.transaction(async (manager) => {
      await manager.query(
        `SET LOCAL app.tenant_id = '${scope.tenantId}'; SET LOCAL app.platform = '${scope.platform ? 'on' : 'off'}';
         SET LOCAL lock_timeout = '${lockMs}ms'; SET LOCAL statement_timeout = '${statementMs}ms'`,
      );
      const tx: OpenTransaction = { scope, manager, beforeCommit: [] };
      byManager.set(manager, tx);
      try {
        const result = await open.run(tx, () => work(manager));
        // Hooks may queue further hooks; run until none are left.
        for (let hook = tx.beforeCommit.shift(); hook; hook = tx.beforeCommit.shift()) await hook(manager);
        return result;
      } finally {
        byManager.delete(manager);
      }
    });
  }

  /**
   * A transaction of its own that commits whatever the open request transaction does: for what
   * must be recorded although the request fails (a wrong old password counted).
   */
  runDetached<T>(scope: TenantScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return open.exit(() => this.run(scope, work));
  }

  /** For the few reads that happen before any tenant is known (login). */
  runUnscoped<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (open.getStore()) throw new Error('TenantDatabase.runUnscoped inside a tenant transaction');
    return this.transaction(work);
  }

  /**
   * One statement on its own, outside any transaction: for the definer functions a public
   * request starts with (which county a code names), where BEGIN and COMMIT would triple the
   * round trips. Never for reads of tenant tables.
   */
  async queryUnscoped<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    if (open.getStore()) throw new Error('TenantDatabase.queryUnscoped inside a tenant transaction');
    try {
      // Straight to pg's pool: TypeORM's query runner would cost more than the statement.
      const pool = (this.dataSource.driver as unknown as { master: { query(sql: string, p: unknown[]): Promise<{ rows: T[] }> } }).master;
      return (await pool.query(sql, parameters)).rows;
    } catch (error) {
      throw asUnavailable(error);
    }
  }

  /** Every transaction starts here, so a database that cannot be reached answers one coded error. */
  private transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work).catch((error: unknown) => {
      throw asUnavailable(error);
    });
  }

  /** True while a tenant transaction is open in this async context. */
  static inTransaction(): boolean {
    return open.getStore() !== undefined;
  }
}

/**
 * Queues work to run last in the transaction that `manager` belongs to, so locks it takes
 * (the per-tenant audit lock) are held for the shortest time. Outside a TenantDatabase
 * transaction (migrations, seeds on the owner connection) the work runs at once.
 */
export async function beforeCommit(manager: EntityManager, work: BeforeCommit): Promise<void> {
  const tx = byManager.get(manager);
  if (tx) tx.beforeCommit.push(work);
  else await work(manager);
}
