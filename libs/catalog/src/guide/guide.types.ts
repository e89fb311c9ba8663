import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@county/tenancy';
import { Tier } from '../content/catalog-enums';
import { MatterContent } from '../content/matter-content';
import { PromiseSource } from '../promise-sources';

@ObjectType('GuideMatter', { description: '办事指南中的一个事项（仅现行已发布版本）/ a published matter in force, for the public' })
export class GuideMatterView {
  @Field() countyCode: string;
  @Field() countyName: string;
  @Field(() => ID) matterId: string;
  @Field(() => Int) version: number;
  @Field() effectiveFrom: string;
  @Field(() => String, { nullable: true }) implementingBodyName: string | null;
  @Field(() => String, { nullable: true }) windowName: string | null;
  @Field(() => MatterContent) content: MatterContent;
  @Field(() => String, { nullable: true, description: '按哪个乡镇或村的设置解析；空为县级 / the unit whose settings apply; null at county level' })
  unitCode: string | null;
  @Field(() => String, { nullable: true }) unitName: string | null;
  @Field(() => [PromiseSource], { description: '承诺时限的来源，取最短者 / where the promise comes from; the shortest applies' })
  promiseSources: PromiseSource[];
}

@ObjectType('GuideMatterConnection')
export class GuideMatterConnection extends Connection(GuideMatterView) {}

@ObjectType('GuideReferral', { description: '本地不能受理的事项到哪里办 / where to go for what is not handled here' })
export class GuideReferralView {
  @Field() unitCode: string;
  @Field() unitName: string;
  @Field(() => Tier) tier: Tier;
  @Field(() => String, { nullable: true, description: '便民服务中心 / 政务服务中心' }) centerName: string | null;
  @Field(() => [GuideMatterView]) matters: GuideMatterView[];
}

@ObjectType('UnitGuide', { description: '某村（社区）或乡镇（街道）的办事指南 / what can be done at a unit and where to go for the rest' })
export class UnitGuideView {
  @Field() countyCode: string;
  @Field() countyName: string;
  @Field() unitCode: string;
  @Field() unitName: string;
  @Field(() => Tier) tier: Tier;
  @Field(() => String, { nullable: true }) centerName: string | null;
  @Field(() => [GuideMatterView], { description: '在本地可办 / handled here' }) here: GuideMatterView[];
  @Field(() => [GuideReferralView], { description: '需到上级办理 / handled at a higher tier' }) elsewhere: GuideReferralView[];
}
