import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../context/allow.decorator';
import { Ctx } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { TenantDatabase } from '../database/tenant-database';
import { AuditEntryView, AuditVerificationView } from './audit-entry.type';
import { listAudit, verifyAuditChains } from './audit.service';

@Resolver(() => AuditEntryView)
export class AuditResolver {
  constructor(private readonly db: TenantDatabase) {}

  @Query(() => [AuditEntryView], { description: '审计日志，新的在前 / the audit log, newest first' })
  @Allow('read', 'AuditLog')
  async auditLog(
    @Ctx() ctx: RequestContext,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('beforeSeq', { nullable: true }) beforeSeq?: string,
  ): Promise<AuditEntryView[]> {
    const entries = await this.db.run(ctx, (m) => listAudit(m, limit, beforeSeq));
    return entries.map(({ tenantId: _t, actorId: _a, prevHash: _p, ...view }) => view);
  }

  @Query(() => AuditVerificationView, { description: '校验本县审计链 / verify this county\'s audit chain' })
  @Allow('read', 'AuditLog')
  verifyAuditChain(@Ctx() ctx: RequestContext) {
    return this.db.run(ctx, (m) => verifyAuditChains(m, ctx.tenantId));
  }
}
