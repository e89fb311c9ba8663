import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../context/allow.decorator';
import { Ctx } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { TenantDatabase } from '../database/tenant-database';
import { AuditEntryView, AuditVerificationView } from './audit-entry.type';
import { verifyAuditChains } from './audit.service';

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
    const rows = await this.db.run(ctx, (m) =>
      m.query(
        `SELECT seq, at, actor_name, on_behalf_of, action, subject_type, subject_id, detail, hash FROM audit_log
          WHERE ($1::bigint IS NULL OR seq < $1) ORDER BY seq DESC LIMIT $2`,
        [/^\d{1,18}$/.test(beforeSeq ?? '') ? beforeSeq : null, Math.min(Math.max(limit, 1), 500)],
      ),
    );
    return rows.map((r: any) => ({
      seq: String(r.seq),
      at: r.at,
      actorName: r.actor_name,
      onBehalfOf: r.on_behalf_of,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      detail: r.detail,
      hash: r.hash,
    }));
  }

  @Query(() => AuditVerificationView, { description: '校验本县审计链 / verify this county\'s audit chain' })
  @Allow('read', 'AuditLog')
  verifyAuditChain(@Ctx() ctx: RequestContext) {
    return this.db.run(ctx, (m) => verifyAuditChains(m, ctx.tenantId));
  }
}
