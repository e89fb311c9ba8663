import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { TenantDatabase } from '../database/tenant-database';
import { selectRows } from '../database/sql';
import { PLATFORM_TENANT_ID } from '../tenants/platform-tenant';
import { AuditCheckpoints } from './audit-checkpoints';
import { AuditKey } from './audit-key';
import { AUDIT_SETTINGS, AuditSettings } from './audit-settings';
import { AuditVerification, verifyAuditChains } from './audit.service';

/**
 * Anchors every county's chain head outside the database: every AUDIT_CHECKPOINT_MINUTES and
 * at shutdown it verifies what each chain gained since its checkpoint and records the new head.
 * A chain that does not verify is logged and keeps its old checkpoint.
 */
@Injectable()
export class AuditCheckpointer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditCheckpointer');
  private timer?: NodeJS.Timeout;
  private running?: Promise<AuditVerification[]>;

  constructor(
    private readonly db: TenantDatabase,
    private readonly key: AuditKey,
    private readonly checkpoints: AuditCheckpoints,
    @Inject(AUDIT_SETTINGS) private readonly settings: AuditSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (!(this.settings.checkpointMinutes > 0)) return;
    this.timer = setInterval(() => void this.checkpointAll(), this.settings.checkpointMinutes * 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.checkpointAll();
  }

  /** Verifies each county's new entries (the app role sees one county at a time) and records the heads; one run at a time. */
  checkpointAll(): Promise<AuditVerification[]> {
    this.running ??= this.walk().finally(() => (this.running = undefined));
    return this.running;
  }

  private async walk(): Promise<AuditVerification[]> {
    const results: AuditVerification[] = [];
    // An app wired without a database (the contract printer) has nothing to anchor.
    if (!this.db.dataSource.isInitialized) return results;
    try {
      const tenants = await this.db.run({ tenantId: PLATFORM_TENANT_ID, platform: true }, (m) => selectRows<{ id: string }>(m, `SELECT id::text AS id FROM tenant ORDER BY id`));
      for (const { id } of tenants) {
        const result = await this.db.run({ tenantId: id }, (m) => verifyAuditChains(m, { key: this.key, checkpoints: this.checkpoints, tenantId: id }));
        if (!result.ok) this.logger.error(`audit chain of tenant ${id} BROKEN at seq ${result.firstBrokenSeq}: ${result.reason}`);
        results.push(result);
      }
    } catch (error) {
      this.logger.error(`audit checkpoint failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return results;
  }
}
