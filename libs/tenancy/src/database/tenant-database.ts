import { DataSource, EntityManager } from 'typeorm';

/** What a transaction needs to know to be scoped: whose data it may touch. */
export interface TenantScope {
  readonly tenantId: string;
  /** Platform operators may list and create tenants, never read inside them. */
  readonly platform?: boolean;
}

/**
 * The one way to reach tenant data. Every call opens a short transaction and sets the
 * tenant with a transaction-local setting, so a pooled connection never carries one
 * request's tenant into the next; row-level security does the rest.
 */
export class TenantDatabase {
  constructor(readonly dataSource: DataSource) {}

  run<T>(scope: TenantScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!scope?.tenantId) throw new Error('TenantDatabase.run needs a tenant scope');
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT set_config('app.tenant_id', $1, true), set_config('app.platform', $2, true)`,
        [scope.tenantId, scope.platform ? 'on' : 'off'],
      );
      return work(manager);
    });
  }

  /** For the few reads that happen before any tenant is known (login). */
  runUnscoped<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
