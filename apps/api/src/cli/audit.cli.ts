import 'reflect-metadata';
import { verifyAuditChains } from '@county/tenancy';
import { openDatabase } from '../bootstrap/database';
import { describeStartupError } from '../bootstrap/startup-error';

/**
 * npm run audit:verify — walks every tenant's audit chain as the owner and names the first
 * broken entry. Exits 1 when the chain is broken.
 */
async function main(): Promise<void> {
  const db = await openDatabase({ quiet: true });
  try {
    const ds = await db.ownerDataSource();
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
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error(describeStartupError(e));
  process.exit(2);
});
