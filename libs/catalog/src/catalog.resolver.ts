import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, PageArgs, RequestContext } from '@county/tenancy';
import { CatalogService } from './catalog.service';
import { MatterContent } from './content/matter-content';
import { LocalSettingInput } from './dto/local-setting.input';
import { MattersFilter } from './dto/matters-filter.input';
import { EffectiveMatterView, LocalSettingView, MatterConnection, MatterVersionView, MatterView } from './matter.type';

@Resolver(() => MatterView)
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => MatterConnection, { description: '事项目录，现行在前、按拼音排序 / the county’s catalog' })
  @Allow('read', 'Matter')
  matters(@Ctx() ctx: RequestContext, @Args() page: PageArgs, @Args('filter', { type: () => MattersFilter, nullable: true }) filter?: MattersFilter) {
    return this.catalog.list(ctx, page, filter ?? {});
  }

  @Query(() => MatterView)
  @Allow('read', 'Matter')
  matter(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.catalog.get(ctx, id);
  }

  @Query(() => MatterVersionView, { description: '读取任一版本的原样内容 / any version exactly as it was' })
  @Allow('read', 'Matter')
  matterVersion(
    @Ctx() ctx: RequestContext,
    @Args('matterId', { type: () => ID }) matterId: string,
    @Args('version', { type: () => Int }) version: number,
  ) {
    return this.catalog.version(ctx, matterId, version);
  }

  @Query(() => [EffectiveMatterView], { complexity: 10, description: '某单位今日可受理的事项 / what a unit can accept today' })
  @Allow('read', 'Matter')
  effectiveCatalog(@Ctx() ctx: RequestContext, @Args('orgUnitId', { type: () => ID }) orgUnitId: string) {
    return this.catalog.effectiveCatalog(ctx, orgUnitId);
  }

  @Mutation(() => MatterView, { description: '新建事项（草稿）/ create a matter as a draft' })
  @Allow('create', 'Matter')
  createMatter(@Ctx() ctx: RequestContext, @Args('input') input: MatterContent) {
    return this.catalog.create(ctx, input);
  }

  @Mutation(() => MatterView)
  @Allow('update', 'Matter')
  updateMatterDraft(@Ctx() ctx: RequestContext, @Args('matterId', { type: () => ID }) matterId: string, @Args('input') input: MatterContent) {
    return this.catalog.updateDraft(ctx, matterId, input);
  }

  @Mutation(() => MatterVersionView, { description: '发布草稿为不可更改的版本 / publish the draft as an immutable version' })
  @Allow('update', 'Matter')
  publishMatter(
    @Ctx() ctx: RequestContext,
    @Args('matterId', { type: () => ID }) matterId: string,
    @Args('effectiveFrom', { type: () => String, nullable: true, description: 'YYYY-MM-DD，默认今日（北京时间）' }) effectiveFrom?: string,
  ) {
    return this.catalog.publish(ctx, matterId, effectiveFrom);
  }

  @Mutation(() => MatterVersionView, { description: '基于已发布版本新建草稿，原版本继续施行 / new draft; the published version stays in force' })
  @Allow('update', 'Matter')
  openDraft(@Ctx() ctx: RequestContext, @Args('matterId', { type: () => ID }) matterId: string) {
    return this.catalog.openDraft(ctx, matterId);
  }

  @Mutation(() => MatterView, { description: '取消事项：须说明理由和生效日期，此前仍在办事指南中 / retire a matter with a reason from a date; it stays in force until then' })
  @Allow('update', 'Matter')
  retireMatter(
    @Ctx() ctx: RequestContext,
    @Args('matterId', { type: () => ID }) matterId: string,
    @Args('reason', { description: '取消理由 / why' }) reason: string,
    @Args('effectiveOn', { description: '取消生效日期 YYYY-MM-DD，今日或以后（北京时间）' }) effectiveOn: string,
  ) {
    return this.catalog.retire(ctx, matterId, reason, effectiveOn);
  }

  @Mutation(() => MatterVersionView, { description: '撤回尚未施行的已发布版本（待施行），须说明理由 / withdraw a scheduled version before it takes effect' })
  @Allow('update', 'Matter')
  withdrawMatterVersion(
    @Ctx() ctx: RequestContext,
    @Args('matterId', { type: () => ID }) matterId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason', { description: '撤回理由 / why' }) reason: string,
  ) {
    return this.catalog.withdrawVersion(ctx, matterId, version, reason);
  }

  @Mutation(() => LocalSettingView, {
    nullable: true,
    description: '乡镇、村的本地化设置（地点、时间、电话、窗口、缩短承诺时限）；全部清空则删除 / set or clear a local setting',
  })
  @Allow('update', 'LocalSetting')
  setLocalSetting(
    @Ctx() ctx: RequestContext,
    @Args('matterId', { type: () => ID }) matterId: string,
    @Args('orgUnitId', { type: () => ID }) orgUnitId: string,
    @Args('input') input: LocalSettingInput,
  ) {
    return this.catalog.setLocalSetting(ctx, matterId, orgUnitId, input);
  }
}
