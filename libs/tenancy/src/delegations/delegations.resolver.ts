import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../context/allow.decorator';
import { Ctx } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { DelegationConnection, DelegationView } from './delegation.type';
import { PageArgs } from '../graphql/connection';
import { DelegationsService } from './delegations.service';
import { GrantDelegationInput } from './dto/grant-delegation.input';

@Resolver(() => DelegationView)
export class DelegationsResolver {
  constructor(private readonly service: DelegationsService) {}

  @Query(() => DelegationConnection, { description: '授权，新的在前 / delegations, newest first' })
  @Allow('read', 'Delegation')
  delegations(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('active', { type: () => Boolean, nullable: true, description: '仅现行或仅失效 / in force or not' }) active?: boolean,
  ) {
    return this.service.list(ctx, page, active);
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
