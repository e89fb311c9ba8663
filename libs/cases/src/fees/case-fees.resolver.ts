import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext } from '@county/tenancy';
import { CaseView, DeliveryMethod } from '../case/case.types';
import { CaseFees } from './case-fees.service';
import { CaseDeliveryView, CaseFeeView, RecordCasePaymentInput, WaiveCaseFeeInput } from './case-fee.types';

/** 收费与送达 on a case: its fee sheet, payment by bank receipt, waivers, and how it was delivered. */
@Resolver(() => CaseView)
export class CaseFeesResolver {
  constructor(private readonly service: CaseFees) {}

  @ResolveField(() => [CaseFeeView], { name: 'fees', complexity: 5, description: '收费项目（受理时取自所依据的事项版本） / the fee sheet, from the pinned version' })
  fees(@Ctx() ctx: RequestContext, @Parent() c: CaseView) {
    return this.service.fees(ctx, c.id);
  }

  @ResolveField(() => CaseDeliveryView, { nullable: true, complexity: 5, description: '送达情况，送达后才有 / how the result was delivered' })
  delivery(@Ctx() ctx: RequestContext, @Parent() c: CaseView) {
    return this.service.delivery(ctx, c.id);
  }

  @ResolveField(() => [DeliveryMethod], { complexity: 5, description: '事项（所依据版本）提供的送达方式 / the ways of delivery the pinned version offers' })
  deliveryOptions(@Ctx() ctx: RequestContext, @Parent() c: CaseView) {
    return this.service.deliveryOptions(ctx, c.id);
  }

  @Mutation(() => [CaseFeeView], { description: '登记缴费：票款分离，登记银行缴款回执号，一张回执本县只能用一次 / record a payment by the bank’s receipt number' })
  @Allow('handle', 'Case')
  recordCasePayment(@Ctx() ctx: RequestContext, @Args('caseId', { type: () => ID }) caseId: string, @Args('input') input: RecordCasePaymentInput) {
    return this.service.recordPayment(ctx, caseId, input);
  }

  @Mutation(() => [CaseFeeView], { description: '减免收费：申请人属于事项规定的特殊群体 / waive a fee for a special group the matter serves' })
  @Allow('handle', 'Case')
  waiveCaseFee(@Ctx() ctx: RequestContext, @Args('caseId', { type: () => ID }) caseId: string, @Args('input') input: WaiveCaseFeeInput) {
    return this.service.waive(ctx, caseId, input);
  }
}
