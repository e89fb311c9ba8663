import 'reflect-metadata';
import { ownerDataSource } from '../database/data-sources';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { withDatabase } from '../database/database-urls';
import { verifyAuditChains } from './audit.service';

/**
 * npm run audit:verify — walks every tenant's audit chain as the owner and names the first
 * broken entry. Exits 1 when the chain is broken.
 */
async function main(): Promise<void> {
  let stop = async () => undefined as void;
  let url = process.env.DATABASE_URL;
  if (!url) {
    const pg = await startEmbeddedPostgres({ dataDir: '.data/postgres', port: Number(process.env.PG_PORT ?? 54320), quiet: true });
    stop = pg.stop;
    url = withDatabase(pg.ownerUrl, 'county_services');
  }
  const ds = await ownerDataSource(url).initialize();
  try {
    const result = await verifyAuditChains(ds.manager);
    if (result.ok) {
      console.log(`审计链完整 / audit chain intact: ${result.checked} entries checked`);
    } else {
      console.log(
        `审计链已被篡改 / audit chain BROKEN at tenant ${result.tenantId}, entry seq ${result.firstBrokenSeq}: ${result.reason} (${result.checked} entries verified before it)`,
      );
      process.exitCode = 1;
    }
  } finally {
    await ds.destroy();
    await stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
