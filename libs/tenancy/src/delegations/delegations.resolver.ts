import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../context/allow.decorator';
import { Ctx } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { DelegationView } from './delegation.type';
import { DelegationsService } from './delegations.service';
import { GrantDelegationInput } from './dto/grant-delegation.input';

@Resolver(() => DelegationView)
export class DelegationsResolver {
  constructor(private readonly service: DelegationsService) {}

  @Query(() => [DelegationView])
  @Allow('read', 'Delegation')
  delegations(@Ctx() ctx: RequestContext) {
    return this.service.list(ctx);
  }

  @Mutation(() => DelegationView, { description: '授权 / grant a delegation' })
  @Allow('manage', 'Delegation')
  grantDelegation(@Ctx() ctx: RequestContext, @Args('input') input: GrantDelegationInput) {
    return this.service.grant(ctx, input);
  }

  @Mutation(() => DelegationView, { description: '撤销授权 / revoke a delegation' })
  @Allow('manage', 'Delegation')
  revokeDelegation(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.revoke(ctx, id);
  }
}
