import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../context/allow.decorator';
import { Ctx } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { CreateTenantInput } from './dto/create-tenant.input';
import { TenantView } from './tenant.type';
import { TenantsService } from './tenants.service';

@Resolver(() => TenantView)
export class TenantsResolver {
  constructor(private readonly service: TenantsService) {}

  @Query(() => [TenantView])
  @Allow('read', 'Tenant')
  tenants(@Ctx() ctx: RequestContext) {
    return this.service.list(ctx);
  }

  @Mutation(() => TenantView, { description: '按县级区划代码开通租户 / create a county tenant from its division code' })
  @Allow('create', 'Tenant')
  createTenant(@Ctx() ctx: RequestContext, @Args('input') input: CreateTenantInput) {
    return this.service.create(ctx, input);
  }
}
