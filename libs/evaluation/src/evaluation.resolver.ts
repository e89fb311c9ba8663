import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, PageArgs, Public, RateLimited, RequestContext } from '@county/tenancy';
import { Ratings } from './rating/rating.service';
import { PublicRatingView, RateCaseInput, RatingConnection, RatingFilter, RatingView } from './rating/rating.types';
import { Rectifications } from './rectification/rectification.service';
import { RectificationConnection, RectificationStateEnum, RectificationStepInput, RectificationView } from './rectification/rectification.types';
import type { RectificationState, RectificationStep } from './rectification/rectification-process';
import { EvaluationRulesService } from './rules/evaluation-rules.service';
import { EvaluationRulesInput, EvaluationRulesView } from './rules/evaluation-rules.types';

const STEP_ARGS = { type: () => RectificationStepInput } as const;

/** 好差评 and 整改: thin resolvers, one service call each. */
@Resolver()
export class EvaluationResolver {
  constructor(
    private readonly ratingService: Ratings,
    private readonly rectificationService: Rectifications,
    private readonly rules: EvaluationRulesService,
  ) {}

  @Mutation(() => RatingView, { description: '窗口或代办员录入评价（一事一评，办结后） / record the applicant’s rating of a finished case' })
  @Allow('create', 'Rating')
  rateCase(@Ctx() ctx: RequestContext, @Args('caseId', { type: () => ID }) caseId: string, @Args('input') input: RateCaseInput) {
    return this.ratingService.rate(ctx, caseId, input);
  }

  @Mutation(() => PublicRatingView, { description: '公开查询页评价：受理编号和查询码 / rate on the public lookup with the receipt’s number and code' })
  @Public()
  @RateLimited('notice')
  ratePublicCase(
    @Args('countyCode') countyCode: string,
    @Args('caseNumber') caseNumber: string,
    @Args('verificationCode') verificationCode: string,
    @Args('input') input: RateCaseInput,
  ) {
    return this.ratingService.ratePublic(countyCode, caseNumber, verificationCode, input);
  }

  @Query(() => RatingView, { nullable: true, description: '办件的评价，未评价为空 / the rating of a case, null while none' })
  @Allow('read', 'Case')
  caseRating(@Ctx() ctx: RequestContext, @Args('caseId', { type: () => ID }) caseId: string) {
    return this.ratingService.ofCase(ctx, caseId);
  }

  @Query(() => RatingConnection, { complexity: 5, description: '评价列表（最新在前）及各等级条数 / ratings, newest first, with counts per grade' })
  @Allow('read', 'Rating')
  ratings(@Ctx() ctx: RequestContext, @Args() page: PageArgs, @Args('filter', { type: () => RatingFilter, nullable: true }) filter?: RatingFilter) {
    return this.ratingService.list(ctx, filter ?? {}, page);
  }

  @Query(() => RectificationConnection, { complexity: 5, description: '整改单，最早到期在前 / rectifications, soonest due first' })
  @Allow('read', 'Rectification')
  rectifications(@Ctx() ctx: RequestContext, @Args() page: PageArgs, @Args('states', { type: () => [RectificationStateEnum], nullable: true }) states?: RectificationState[]) {
    return this.rectificationService.list(ctx, { states }, page);
  }

  @Query(() => RectificationView, { description: '一张整改单 / one rectification' })
  @Allow('read', 'Rectification')
  rectification(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.rectificationService.get(ctx, id);
  }

  private step(ctx: RequestContext, id: string, step: RectificationStep, input: RectificationStepInput) {
    return this.rectificationService.take(ctx, id, step, input);
  }

  @Mutation(() => RectificationView, { description: '核实差评（责任单位） / verify the bad rating' })
  @Allow('work', 'Rectification')
  verifyRectification(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', STEP_ARGS) input: RectificationStepInput) {
    return this.step(ctx, id, 'verify', input);
  }

  @Mutation(() => RectificationView, { description: '登记整改措施（责任单位） / record the measures taken' })
  @Allow('work', 'Rectification')
  recordRectificationMeasures(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', STEP_ARGS) input: RectificationStepInput) {
    return this.step(ctx, id, 'rectify', input);
  }

  @Mutation(() => RectificationView, { description: '回访群众：情况及群众意见（责任单位） / record the callback and the applicant’s answer' })
  @Allow('work', 'Rectification')
  recordRectificationCallback(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', STEP_ARGS) input: RectificationStepInput) {
    return this.step(ctx, id, 'callback', input);
  }

  @Mutation(() => RectificationView, { description: '复核办结（监察） / review and close' })
  @Allow('review', 'Rectification')
  closeRectification(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input', STEP_ARGS) input: RectificationStepInput) {
    return this.step(ctx, id, 'close', input);
  }

  @Query(() => EvaluationRulesView, { description: '本县好差评规则 / the county’s rules for ratings' })
  @Allow('read', 'EvaluationRules')
  evaluationRules(@Ctx() ctx: RequestContext) {
    return this.rules.get(ctx);
  }

  @Mutation(() => EvaluationRulesView, { description: '设置本县好差评规则（差评等级、整改期限、匿名差评） / set the county’s rules for ratings' })
  @Allow('manage', 'EvaluationRules')
  setEvaluationRules(@Ctx() ctx: RequestContext, @Args('input') input: EvaluationRulesInput) {
    return this.rules.set(ctx, input);
  }
}

