import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext } from '@county/tenancy';
import { DeemedApprovals } from '../case/deemed-approvals';
import { CaseRulesService } from './case-rules.service';
import { CaseRulesInput, CaseRulesView } from './case-rules.types';

@Resolver()
export class CaseRulesResolver {
  constructor(
    private readonly rules: CaseRulesService,
    private readonly deemed: DeemedApprovals,
  ) {}

  @Query(() => CaseRulesView, { description: '本县办件规则 / the county’s rules for its cases' })
  @Allow('read', 'CaseRules')
  caseRules(@Ctx() ctx: RequestContext) {
    return this.rules.get(ctx);
  }

  @Mutation(() => CaseRulesView, { description: '设置本县办件规则（预警阈值、容缺期限、绿色通道） / set the county’s rules for its cases' })
  @Allow('manage', 'CaseRules')
  setCaseRules(@Ctx() ctx: RequestContext, @Args('input') input: CaseRulesInput) {
    return this.rules.set(ctx, input);
  }

  @Mutation(() => [ID], { description: '立即按超时默许决定逾期未决的办件（平时由定时任务执行） / decide by silence now; a scheduled job does it otherwise' })
  @Allow('manage', 'CaseRules')
  recordDeemedApprovals(@Ctx() ctx: RequestContext) {
    return this.deemed.recordNow(ctx);
  }
}
