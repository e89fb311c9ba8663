import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../context/allow.decorator';
import { Ctx } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { TenantDatabase } from '../database/tenant-database';
import { mapPage, Page, PageArgs } from '../graphql/connection';
import { AuditEntryConnection, AuditEntryView, AuditVerificationView } from './audit-entry.type';
import { listAudit, verifyAuditChains } from './audit.service';
import { AuditCheckpoints } from './audit-checkpoints';
import { AuditKey } from './audit-key';

@Resolver(() => AuditEntryView)
export class AuditResolver {
  constructor(
    private readonly db: TenantDatabase,
    private readonly key: AuditKey,
    private readonly checkpoints: AuditCheckpoints,
  ) {}

  @Query(() => AuditEntryConnection, { description: '审计日志，新的在前 / the audit log, newest first' })
  @Allow('read', 'AuditLog')
  async auditLog(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('action', { type: () => String, nullable: true, description: '只看此类操作，如 login / only this action' }) action?: string,
  ): Promise<Page<AuditEntryView>> {
    const entries = await this.db.run(ctx, (m) => listAudit(m, page, action));
    return mapPage(entries, (rows) => rows.map(({ tenantId: _t, actorId: _a, prevHash: _p, ...view }) => view));
  }

  @Query(() => AuditVerificationView, {
    description: '校验本县审计链：从上次检查点起，或全部 / verify this county\'s audit chain from its last checkpoint, or all of it',
  })
  @Allow('read', 'AuditLog')
  verifyAuditChain(
    @Ctx() ctx: RequestContext,
    @Args('full', { type: () => Boolean, nullable: true, description: '从头校验全部条目 / walk every entry, not only those after the checkpoint' }) full?: boolean,
  ) {
    return this.db.run(ctx, (m) => verifyAuditChains(m, { key: this.key, checkpoints: this.checkpoints, tenantId: ctx.tenantId, full: !!full }));
  }
}
