import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AuditEntryView, Ctx, PageArgs, RequestContext } from '@county/tenancy';
import { CaseService } from './case.service';
import { CaseConnection, CaseStateEnum, CaseView, MoveCaseInput, SubmitCaseInput } from './case.types';
import type { CaseAction } from './case-process';
import type { CaseState } from './case-state';

const MOVE_ARGS = { type: () => MoveCaseInput } as const;

/** 办件: intake and every move of the process; each move is one mutation named for what staff do. */
@Resolver(() => CaseView)
export class CaseResolver {
  constructor(private readonly service: CaseService) {}

  @Query(() => CaseView, { description: '一个办件 / one case' })
  @Allow('read', 'Case')
  case(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(ctx, id);
  }

  @Query(() => CaseConnection, { complexity: 5, description: '办件队列，按到期日排序 / cases, soonest due first' })
  @Allow('read', 'Case')
  cases(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('unitId', { type: () => ID, nullable: true, description: '当前所在单位 / where the cases are now' }) unitId?: string,
    @Args('states', { type: () => [CaseStateEnum], nullable: true }) states?: CaseState[],
    @Args('openOnly', { type: () => Boolean, nullable: true, defaultValue: true }) openOnly?: boolean,
  ) {
    return this.service.list(ctx, { unitId, states, openOnly }, page);
  }

  @ResolveField(() => [AuditEntryView], { complexity: 5, description: '办件时间线 / every move of the case, from the audit chain' })
  timeline(@Ctx() ctx: RequestContext, @Parent() c: CaseView) {
    return this.service.timeline(ctx, c.id);
  }

  @Mutation(() => CaseView, { description: '提交申请（窗口或代办点） / submit an application' })
  @Allow('create', 'Case')
  submitCase(@Ctx() ctx: RequestContext, @Args('input') input: SubmitCaseInput) {
    return this.service.submit(ctx, input);
  }

  private run(ctx: RequestContext, id: string, action: CaseAction, input: MoveCaseInput) {
    return this.service.moveCase(ctx, id, action, input);
  }

  @Mutation(() => CaseView, { description: '受理（含容缺受理），生成受理编号并起算时限 / accept' })
  @Allow('handle', 'Case')
  acceptCase(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', MOVE_ARGS) input: MoveCaseInput) {
    return this.run(ctx, id, 'accept', input);
  }

  @Mutation(() => CaseView, { description: '一次性告知补正（每件仅一次，时限不起算） / request every missing material at once' })
  @Allow('handle', 'Case')
  requestSupplement(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', MOVE_ARGS) input: MoveCaseInput) {
    return this.run(ctx, id, 'request_supplement', input);
  }

  @Mutation(() => CaseView, { description: '补正后重新提交 / resubmit after a supplement' })
  @Allow('handle', 'Case')
  resubmitCase(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', MOVE_ARGS) input: MoveCaseInput) {
    return this.run(ctx, id, 'resubmit', input);
  }

  @Mutation(() => CaseView, { description: '不予受理（须写明理由） / refuse to accept, with a reason' })
  @Allow('handle', 'Case')
  refuseCase(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', MOVE_ARGS) input: MoveCaseInput) {
    return this.run(ctx, id, 'not_accept', input);
  }

  @Mutation(() => CaseView, { description: '开始审查 / start the review' })
  @Allow('handle', 'Case')
  startReview(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', MOVE_ARGS) input: MoveCaseInput) {
    return this.run(ctx, id, 'start_review', input);
  }

  @Mutation(() => CaseView, { description: '中止（现场踏勘、专家评审、听证），时限暂停 / suspend, the clock stops' })
  @Allow('handle', 'Case')
  suspendCase(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', MOVE_ARGS) input: MoveCaseInput) {
    return this.run(ctx, id, 'suspend', input);
  }

  @Mutation(() => CaseView, { description: '恢复办理，到期日顺延中止的工作日 / resume' })
  @Allow('handle', 'Case')
  resumeCase(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', MOVE_ARGS) input: MoveCaseInput) {
    return this.run(ctx, id, 'resume', input);
  }

  @Mutation(() => CaseView, { description: '上报决定单位 / forward to the deciding unit' })
  @Allow('handle', 'Case')
  forwardCase(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', MOVE_ARGS) input: MoveCaseInput) {
    return this.run(ctx, id, 'forward', input);
  }

  @Mutation(() => CaseView, { description: '接收上报件 / receive a forwarded case' })
  @Allow('handle', 'Case')
  receiveCase(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', MOVE_ARGS) input: MoveCaseInput) {
    return this.run(ctx, id, 'receive', input);
  }

  @Mutation(() => CaseView, { description: '退回受理单位（须写明理由） / return to the accepting unit' })
  @Allow('handle', 'Case')
  returnCase(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', MOVE_ARGS) input: MoveCaseInput) {
    return this.run(ctx, id, 'return', input);
  }

  @Mutation(() => CaseView, { description: '作出决定（不予须写明理由和法律依据） / decide' })
  @Allow('decide', 'Case')
  decideCase(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', MOVE_ARGS) input: MoveCaseInput) {
    return this.run(ctx, id, 'decide', input);
  }

  @Mutation(() => CaseView, { description: '送达（窗口、邮寄、上门），办结 / deliver the result' })
  @Allow('handle', 'Case')
  deliverCase(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', MOVE_ARGS) input: MoveCaseInput) {
    return this.run(ctx, id, 'deliver', input);
  }

  @Mutation(() => CaseView, { description: '撤回申请（须写明理由） / withdraw' })
  @Allow('handle', 'Case')
  withdrawCase(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', MOVE_ARGS) input: MoveCaseInput) {
    return this.run(ctx, id, 'withdraw', input);
  }
}
