import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../context/allow.decorator';
import { Ctx } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { CreateOrgUnitInput } from './dto/create-org-unit.input';
import { OrgUnitView } from './org-unit.type';
import { OrgService } from './org.service';

@Resolver(() => OrgUnitView)
export class OrgResolver {
  constructor(private readonly org: OrgService) {}

  @Query(() => [OrgUnitView], { description: '子单位；不传 parentId 时返回本人辖区的根 / children, or the roots of my jurisdiction' })
  @Allow('read', 'OrgUnit')
  orgUnits(@Ctx() ctx: RequestContext, @Args('parentId', { type: () => ID, nullable: true }) parentId?: string) {
    return this.org.children(ctx, parentId);
  }

  @Query(() => OrgUnitView)
  @Allow('read', 'OrgUnit')
  orgUnit(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.org.get(ctx, id);
  }

  @Query(() => [OrgUnitView], { description: '按名称、拼音或拼音首字母搜索 / search by name, pinyin or initials' })
  @Allow('read', 'OrgUnit')
  searchOrgUnits(
    @Ctx() ctx: RequestContext,
    @Args('query') query: string,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ) {
    return this.org.search(ctx, query, limit);
  }

  @Mutation(() => OrgUnitView, { description: '新建部门、服务中心或窗口 / create a department, service center or window' })
  @Allow('create', 'OrgUnit')
  createOrgUnit(@Ctx() ctx: RequestContext, @Args('input') input: CreateOrgUnitInput) {
    return this.org.create(ctx, input);
  }
}
