import 'reflect-metadata';
import { checkpointsOf, verifyAuditChains } from '@county/tenancy';
import { installAuditSettings } from '../bootstrap/audit-settings';
import { openDatabase } from '../bootstrap/database';
import { describeStartupError } from '../bootstrap/startup-error';

/**
 * npm run audit:verify [-- --full] — verifies every tenant's audit chain as the owner with the
 * audit key, from each chain's last checkpoint (AUDIT_CHECKPOINT_FILE) or, with --full, from the
 * start; names the first broken entry, a chain shorter than its checkpoint, or a checkpoint line
 * not sealed with the key. Records each verified head. Exits 1 when anything is broken.
 */
async function main(): Promise<void> {
  const full = process.argv.slice(2).includes('--full');
  const audit = installAuditSettings(process.env);
  const db = await openDatabase({ quiet: true });
  try {
    const ds = await db.ownerDataSource();
    const result = await verifyAuditChains(ds.manager, { key: audit.key, checkpoints: checkpointsOf(audit), full });
    const walked = `${result.checked} entries checked${full ? ' (full walk)' : ' since the last checkpoints'}`;
    if (result.ok) {
      console.log(`审计链完整 / audit chain intact: ${walked}`);
    } else {
      console.log(
        `审计链已被篡改 / audit chain BROKEN at tenant ${result.tenantId ?? '?'}, entry seq ${result.firstBrokenSeq ?? '?'}: ${result.reason} (${walked} before it)`,
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
