import { DataSource } from 'typeorm';
import { Foundation1732300000000 } from './migrations/1732300000000-foundation';
import { ReadinessGrant1732700000000 } from './migrations/1732700000000-readiness-grant';
import { AuthHardening1733100000000 } from './migrations/1733100000000-auth-hardening';
import { RefuseTruncate1733200000000 } from './migrations/1733200000000-refuse-truncate';
import { AuditSeal1733400000000 } from './migrations/1733400000000-audit-seal';
import { AuditReadPaths1733510000000 } from './migrations/1733510000000-audit-read-paths';
import { OrgUnitDetails1733610000000 } from './migrations/1733610000000-org-unit-details';

/** Tenancy's migrations, in order. The app composes every library's list (apps/api/src/bootstrap/schema.ts). */
export const TENANCY_MIGRATIONS: Function[] = [
  Foundation1732300000000,
  ReadinessGrant1732700000000,
  AuthHardening1733100000000,
  RefuseTruncate1733200000000,
  AuditSeal1733400000000,
  AuditReadPaths1733510000000,
  OrgUnitDetails1733610000000,
];

/**
 * What one deployment's database holds: every library's migrations, composed by the app.
 * Libraries read and write with SQL and typed rows (database/sql.ts); there are no entities.
 */
export interface PlatformSchema {
  migrations: Function[];
}

/** Connects as the owner (superuser or schema owner) to run migrations, imports and seeds. */
export function ownerDataSource(url: string, schema: Partial<PlatformSchema> = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    migrations: schema.migrations ?? [],
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
  });
}

/** Connects as the application role, which owns nothing and is bound by RLS. */
export function appDataSource(url: string, poolSize = 20): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    synchronize: false,
    logging: false,
    // A database that does not answer fails the request in 5 s instead of holding it open.
    extra: { max: poolSize, connectionTimeoutMillis: 5_000 },
  });
}

/** Runs the given migrations that have not run yet; returns their names. */
export async function migrate(ownerUrl: string, migrations: Function[]): Promise<string[]> {
  const ds = await ownerDataSource(ownerUrl, { migrations }).initialize();
  try {
    const done = await ds.runMigrations();
    return done.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
