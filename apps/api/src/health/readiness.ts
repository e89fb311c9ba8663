import { selectRows, TenancyError, TenantDatabase } from '@county/tenancy';
import { ApiError } from '../graphql/api.errors';

/** A readiness probe must answer even when Postgres hangs instead of refusing. */
const READINESS_TIMEOUT_MS = 3_000;

const migrationName = (m: Function): string => (new (m as new () => { name?: string })().name ?? m.name);

/** Throws SERVICE_UNAVAILABLE when the database does not answer, NOT_READY when a migration has not run. */
export async function checkReadiness(db: TenantDatabase, migrations: Function[], timeoutMs = READINESS_TIMEOUT_MS): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(TenancyError.DatabaseUnavailable()), timeoutMs);
  });
  try {
    const rows = await Promise.race([db.runUnscoped((m) => selectRows<{ name: string }>(m, `SELECT name FROM migrations`)), timeout]);
    const applied = new Set(rows.map((r) => r.name));
    const missing = migrations.map(migrationName).filter((name) => !applied.has(name));
    if (missing.length) throw ApiError.NotReady(missing);
    return applied.size;
  } finally {
    clearTimeout(timer);
  }
}
