import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../context/allow.decorator';
import { Ctx } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { PageArgs } from '../graphql/connection';
import { CreateTenantInput } from './dto/create-tenant.input';
import { TenantConnection, TenantView } from './tenant.type';
import { TenantsService } from './tenants.service';

@Resolver(() => TenantView)
export class TenantsResolver {
  constructor(private readonly service: TenantsService) {}

  @Query(() => TenantConnection, { description: '租户，按区划代码排序 / tenants by division code' })
  @Allow('read', 'Tenant')
  tenants(@Ctx() ctx: RequestContext, @Args() page: PageArgs, @Args('search', { nullable: true, description: '名称或区划代码 / name or code' }) search?: string) {
    return this.service.list(ctx, page, search);
  }

  @Mutation(() => TenantView, { description: '按县级区划代码开通租户 / create a county tenant from its division code' })
  @Allow('create', 'Tenant')
  createTenant(@Ctx() ctx: RequestContext, @Args('input') input: CreateTenantInput) {
    return this.service.create(ctx, input);
  }
}
