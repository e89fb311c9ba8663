import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, PageArgs, RequestContext, selectRows, TenancyError, TenantDatabase, isUuid } from '@county/tenancy';
import { CaseView } from '../case/case.types';
import { loadCases } from '../case/case-rows';
import { CasesError } from '../cases.errors';
import { CaseNoticeView, SupervisionHandoffConnection } from './notices.types';
import { SupervisionHandoffs } from './supervision-handoffs';

/** The notices on a case (通知记录) and the handoffs to supervision (审管联动). */
@Resolver(() => CaseView)
export class CaseNoticesResolver {
  constructor(
    private readonly db: TenantDatabase,
    private readonly handoffs: SupervisionHandoffs,
  ) {}

  @ResolveField(() => [CaseNoticeView], { complexity: 5, description: '通知记录：短信与站内通知 / the notices sent to the applicant' })
  notices(@Ctx() ctx: RequestContext, @Parent() c: CaseView): Promise<CaseNoticeView[]> {
    return this.db.run(ctx, async (m) => {
      const [visible] = isUuid(c.id) ? await loadCases(m, ctx, [c.id]) : [];
      if (!visible) throw CasesError.CaseNotFound(c.id);
      const rows = await selectRows<CaseNoticeView & { createdAt: Date; sentAt: Date | null }>(
        m,
        `SELECT id, kind, channel, status, recipient_masked AS "recipientMasked", body, attempts, last_error AS "lastError",
                created_at AS "createdAt", sent_at AS "sentAt"
           FROM case_notice WHERE case_id = $1 ORDER BY created_at, channel`,
        [c.id],
      );
      return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString(), sentAt: r.sentAt && new Date(r.sentAt).toISOString() }));
    });
  }

  @Query(() => SupervisionHandoffConnection, { complexity: 5, description: '审管联动：移交监管的许可，最新在前 / licences handed to supervision' })
  @Allow('read', 'Case')
  supervisionHandoffs(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('unitId', { type: () => ID, nullable: true, description: '监管部门 / the supervising department' }) unitId?: string,
  ) {
    if (unitId && !isUuid(unitId)) throw TenancyError.NotFound('监管部门 supervising department', unitId);
    return this.handoffs.list(ctx, unitId ?? null, page);
  }
}
