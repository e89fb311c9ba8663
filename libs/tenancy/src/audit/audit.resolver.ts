import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../context/allow.decorator';
import { Ctx } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { TenantDatabase } from '../database/tenant-database';
import { Page, PageArgs } from '../graphql/connection';
import { AuditActionView, AuditEntryConnection, AuditEntryView, AuditLogFilterInput, AuditVerificationView } from './audit-entry.type';
import { verifyAuditChains } from './audit.service';
import { AuditCheckpoints } from './audit-checkpoints';
import { AuditKey } from './audit-key';
import { AuditLogService } from './audit-log.service';

@Resolver(() => AuditEntryView)
export class AuditResolver {
  constructor(
    private readonly db: TenantDatabase,
    private readonly key: AuditKey,
    private readonly checkpoints: AuditCheckpoints,
    private readonly log: AuditLogService,
  ) {}

  @Query(() => AuditEntryConnection, { description: '审计日志，新的在前，可筛选 / the audit log, newest first, filtered' })
  @Allow('read', 'AuditLog')
  auditLog(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('action', { type: () => String, nullable: true, description: '只看此类操作，如 login（同 filter.actions）/ only this action' }) action?: string,
    @Args('filter', { type: () => AuditLogFilterInput, nullable: true }) filter?: AuditLogFilterInput,
  ): Promise<Page<AuditEntryView>> {
    const actions = [...(filter?.actions ?? []), ...(action ? [action] : [])];
    return this.log.list(ctx, { ...filter, actions }, page);
  }

  @Query(() => [AuditActionView], { description: '各库记录的审计操作及其名称 / every audit action with its labels' })
  @Allow('read', 'AuditLog')
  auditActions(): AuditActionView[] {
    return this.log.actions();
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
