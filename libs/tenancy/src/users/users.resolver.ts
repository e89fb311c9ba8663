import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../context/allow.decorator';
import { Ctx } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { PageArgs } from '../graphql/connection';
import { AddMembershipInput } from './dto/add-membership.input';
import { CreateUserInput } from './dto/create-user.input';
import { MembershipView, UserConnection, UserView } from './user.type';
import { UsersService } from './users.service';

@Resolver(() => UserView)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => UserConnection, { description: '人员，按用户名排序 / people by username' })
  @Allow('read', 'User')
  users(@Ctx() ctx: RequestContext, @Args() page: PageArgs, @Args('search', { nullable: true }) search?: string) {
    return this.service.list(ctx, page, search);
  }

  @Query(() => UserView)
  @Allow('read', 'User')
  user(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(ctx, id);
  }

  @Mutation(() => UserView)
  @Allow('create', 'User')
  createUser(@Ctx() ctx: RequestContext, @Args('input') input: CreateUserInput) {
    return this.service.create(ctx, input);
  }

  @Mutation(() => MembershipView)
  @Allow('manage', 'Membership')
  addMembership(@Ctx() ctx: RequestContext, @Args('input') input: AddMembershipInput) {
    return this.service.addMembership(ctx, input);
  }

  @Mutation(() => MembershipView)
  @Allow('manage', 'Membership')
  revokeMembership(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.revokeMembership(ctx, id);
  }

  @Mutation(() => UserView)
  @Allow('update', 'User')
  unlockUser(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.unlock(ctx, id);
  }
}
