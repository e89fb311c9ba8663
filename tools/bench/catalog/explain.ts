import { EntityManager } from 'typeorm';
import { effectiveCatalogFor, territorialUnitOf } from '@county/catalog';
import { SystemClock, TenantDatabase } from '@county/tenancy';
import { inForceVersions } from '../../../libs/catalog/src/matter-reads';
import { BuiltCounty } from './synthetic-county';

/**
 * BENCH_EXPLAIN=1: prints the plan of every statement the village catalog and the guide search
 * run, as the application role under RLS, by handing the read functions a manager that
 * explains each query before running it.
 */
export async function explainReads(db: TenantDatabase, county: BuiltCounty, write: (text: string) => void): Promise<void> {
  await db.run({ tenantId: county.tenantId }, async (m) => {
    const explaining = new Proxy(m, {
      get(target, key) {
        if (key !== 'query') return Reflect.get(target, key);
        return async (sql: string, params?: unknown[]) => {
          const plan: { 'QUERY PLAN': string }[] = await target.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
          write(`\n${sql.trim().split('\n')[0]} …\n${plan.map((r) => r['QUERY PLAN']).join('\n')}\n`);
          return target.query(sql, params);
        };
      },
    }) as EntityManager;
    const unit = await territorialUnitOf(explaining, county.village.id);
    await effectiveCatalogFor(explaining, unit!, new SystemClock().today());
    await inForceVersions(explaining, new SystemClock().today(), { text: 'shipinjingying', limit: 100 });
  });
}
