import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext } from '@county/tenancy';
import { LedgerService } from './ledger.service';
import { CatalogLedgerView, MatterComparisonView } from './ledger.types';

@Resolver()
export class LedgerResolver {
  constructor(private readonly ledger: LedgerService) {}

  @Query(() => MatterComparisonView, { description: '事项两个版本的改革对比（要件、环节、程序、时限、收费）/ two versions compared' })
  @Allow('read', 'Matter')
  matterComparison(
    @Ctx() ctx: RequestContext,
    @Args('matterId', { type: () => ID }) matterId: string,
    @Args('fromVersion', { type: () => Int }) fromVersion: number,
    @Args('toVersion', { type: () => Int }) toVersion: number,
  ) {
    return this.ledger.compareVersions(ctx, matterId, fromVersion, toVersion);
  }

  @Query(() => CatalogLedgerView, { description: '改革台账：两个日期施行的目录对比与压缩率 / the reform ledger between two dates' })
  @Allow('read', 'Matter')
  catalogLedger(
    @Ctx() ctx: RequestContext,
    @Args('fromDate', { description: 'YYYY-MM-DD（北京时间）' }) fromDate: string,
    @Args('toDate', { description: 'YYYY-MM-DD（北京时间）' }) toDate: string,
    @Args('changedOnly', { type: () => Boolean, nullable: true, description: '只列本期内容有变化的事项（合计仍为全目录）/ list only changed matters' })
    changedOnly?: boolean,
  ) {
    return this.ledger.catalogLedger(ctx, fromDate, toDate, changedOnly ?? false);
  }
}
