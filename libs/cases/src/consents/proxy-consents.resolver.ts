import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext } from '@county/tenancy';
import { ProxyConsents } from './proxy-consents.service';
import { ProxyConsentView } from './proxy-consent.types';

/** 委托书; recording one takes its photo, so it goes through ProxyConsentsController (multipart). */
@Resolver()
export class ProxyConsentsResolver {
  constructor(private readonly consents: ProxyConsents) {}

  @Query(() => [ProxyConsentView], { description: '申请人的委托书（您可见的），新的在前 / an applicant’s consents the caller may see, newest first' })
  @Allow('read', 'ProxyConsent')
  proxyConsents(@Ctx() ctx: RequestContext, @Args('applicantId', { type: () => ID }) applicantId: string) {
    return this.consents.list(ctx, applicantId);
  }

  @Mutation(() => ProxyConsentView, { description: '撤回委托（申请人的意愿）；代办员随即不能再查看其信息 / withdraw a consent; the agent loses access at once' })
  @Allow('read', 'ProxyConsent')
  withdrawProxyConsent(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string) {
    return this.consents.withdraw(ctx, id, reason);
  }
}
