import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../context/allow.decorator';
import { Ctx } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { PageArgs } from '../graphql/connection';
import { OrgUnitKindValue } from '../graphql/enums';
import { CreateOrgUnitInput } from './dto/create-org-unit.input';
import { OrgUnitDetailsInput } from './dto/org-unit-details.input';
import { OrgUnitConnection, OrgUnitView } from './org-unit.type';
import { OrgService } from './org.service';

@Resolver(() => OrgUnitView)
export class OrgResolver {
  constructor(private readonly org: OrgService) {}

  @Query(() => OrgUnitConnection, { description: '子单位；不传 parentId 时返回本人辖区的根 / children, or the roots of my jurisdiction' })
  @Allow('read', 'OrgUnit')
  orgUnits(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string,
    @Args('kind', { type: () => OrgUnitKindValue, nullable: true, description: '只要此类单位 / only units of this kind' }) kind?: OrgUnitKindValue,
  ) {
    return this.org.children(ctx, page, parentId, kind);
  }

  @Query(() => OrgUnitView)
  @Allow('read', 'OrgUnit')
  orgUnit(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.org.get(ctx, id);
  }

  @Query(() => OrgUnitConnection, { description: '按名称、拼音或拼音首字母搜索 / search by name, pinyin or initials' })
  @Allow('read', 'OrgUnit')
  searchOrgUnits(@Ctx() ctx: RequestContext, @Args() page: PageArgs, @Args('query') query: string) {
    return this.org.search(ctx, query, page);
  }

  @Mutation(() => OrgUnitView, { description: '新建部门、服务中心或窗口 / create a department, service center or window' })
  @Allow('create', 'OrgUnit')
  createOrgUnit(@Ctx() ctx: RequestContext, @Args('input') input: CreateOrgUnitInput) {
    return this.org.create(ctx, input);
  }

  @Mutation(() => OrgUnitView, { description: '修改县、乡镇、村的地址、办公时间和电话（办事指南与告知单所示）/ set a unit’s address, hours and phone' })
  @Allow('update', 'OrgUnit')
  updateOrgUnitDetails(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input') input: OrgUnitDetailsInput) {
    return this.org.updateDetails(ctx, id, input);
  }

  @Mutation(() => OrgUnitView, { description: '窗口改名 / rename a window' })
  @Allow('update', 'OrgUnit')
  renameWindow(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('name') name: string) {
    return this.org.renameWindow(ctx, id, name);
  }

  @Mutation(() => OrgUnitView, { description: '撤销窗口：保留记录，不能再被选用 / close a window; it is kept, never deleted' })
  @Allow('update', 'OrgUnit')
  closeWindow(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true, description: '撤销原因 / why' }) reason?: string,
  ) {
    return this.org.closeWindow(ctx, id, reason ?? null);
  }
}
