import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, Public, RateLimited } from '@county/tenancy';
import { ApplicantKind, MatterType, Tier } from '../content/catalog-enums';
import { GuideService } from './guide.service';
import { GuideMatterConnection, GuideMatterView, UnitGuideView } from './guide.types';
import { GuidePlace } from './guide-places';

/** 办事指南: public, no login; only published versions in force. */
@Resolver()
export class GuideResolver {
  constructor(private readonly guide: GuideService) {}

  @Query(() => GuideMatterConnection, { complexity: 5, description: '办事指南检索，按拼音排序 / search the public guide of a county' })
  @Public()
  @RateLimited('guide')
  guideSearch(
    @Args() page: PageArgs,
    @Args('countyCode', { description: '县级区划代码，6 或 12 位 / county division code' }) countyCode: string,
    @Args('query', { type: () => String, nullable: true }) query?: string,
    @Args('tier', { type: () => Tier, nullable: true }) tier?: Tier,
    @Args('type', { type: () => MatterType, nullable: true }) type?: MatterType,
    @Args('applicantKind', { type: () => ApplicantKind, nullable: true }) applicantKind?: ApplicantKind,
  ) {
    return this.guide.search(countyCode, { query, tier, type, applicantKind }, page);
  }

  @Query(() => [GuidePlace], { complexity: 5, description: '按名称、拼音或首字母选择乡镇和村 / pick a township or village by name, pinyin or initials' })
  @Public()
  @RateLimited('guide')
  guidePlaces(
    @Args('countyCode') countyCode: string,
    @Args('query', { type: () => String, nullable: true }) query?: string,
    @Args('townshipCode', { type: () => String, nullable: true, description: '列出该乡镇的村 / the villages of this township' }) townshipCode?: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first = 20,
  ) {
    return this.guide.places(countyCode, query, townshipCode, first);
  }

  @Query(() => GuideMatterView, { complexity: 2, description: '一个事项的办事指南 / the guide of one matter' })
  @Public()
  @RateLimited('guide')
  guideMatter(
    @Args('countyCode') countyCode: string,
    @Args('implementationCode') implementationCode: string,
    @Args('unitCode', { type: () => String, nullable: true, description: '按此乡镇或村（12 位代码）的设置 / as it applies at this unit' })
    unitCode?: string,
  ) {
    return this.guide.matter(countyCode, implementationCode, unitCode);
  }

  @Query(() => UnitGuideView, {
    // Resolves a whole unit's catalog: each call weighs like ten fields (83 aliases exceed the limit).
    complexity: 10,
    description: '某村或乡镇能办什么、其余到哪里办 / what a village or township handles, and where to go for the rest',
  })
  @Public()
  @RateLimited('guide')
  guideForUnit(@Args('orgUnitCode', { description: '12 位区划代码 / 12-digit division code' }) orgUnitCode: string) {
    return this.guide.forUnit(orgUnitCode);
  }
}
