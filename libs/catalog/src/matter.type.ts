import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@county/tenancy';
import { MatterStatus, MatterType, Tier, VersionStatus } from './content/catalog-enums';
import { MatterContent } from './content/matter-content';
import { PromiseSource } from './promise-sources';

@ObjectType('MatterVersion', { description: '事项的一个版本；发布后不可更改 / one version of a matter, immutable once published' })
export class MatterVersionView {
  @Field(() => ID) matterId: string;
  @Field(() => Int) version: number;
  @Field(() => VersionStatus) status: VersionStatus;
  @Field(() => String, { nullable: true, description: '生效日期 YYYY-MM-DD' }) effectiveFrom: string | null;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => ID, { nullable: true }) publishedBy: string | null;
  @Field({ description: '是否为今日施行的版本 / the version in force today' }) inForce: boolean;
  @Field({ description: '待施行：已发布、生效日期在今日之后 / published, effective after today' }) scheduled: boolean;
  @Field(() => Date, { nullable: true, description: '撤回时间 / when it was withdrawn' }) withdrawnAt: Date | null;
  @Field(() => String, { nullable: true, description: '撤回理由 / why it was withdrawn' }) withdrawalReason: string | null;
  @Field(() => MatterContent) content: MatterContent;
}

@ObjectType('MatterVersionSummary')
export class MatterVersionSummary {
  @Field(() => Int) version: number;
  @Field(() => VersionStatus) status: VersionStatus;
  @Field(() => String, { nullable: true }) effectiveFrom: string | null;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field({ description: '待施行 / published, effective after today' }) scheduled: boolean;
  @Field(() => String, { nullable: true, description: '撤回理由 / why it was withdrawn' }) withdrawalReason: string | null;
}

@ObjectType('Matter', { description: '政务服务事项 / a government service matter' })
export class MatterView {
  @Field(() => ID) id: string;
  @Field() basicCode: string;
  @Field() implementationCode: string;
  @Field({ description: '现行版本或草稿的名称' }) name: string;
  @Field(() => MatterType) type: MatterType;
  @Field(() => [Tier]) acceptingTiers: Tier[];
  @Field(() => MatterStatus) status: MatterStatus;
  @Field(() => Date, { nullable: true, description: '取消生效的时刻（北京时间当日零时）/ when the retirement takes or took effect' })
  retiredAt: Date | null;
  @Field(() => String, { nullable: true, description: '取消生效日期 YYYY-MM-DD；晚于今日时事项仍在施行 / retirement date' }) retiredOn: string | null;
  @Field(() => String, { nullable: true, description: '取消理由 / why it was retired' }) retirementReason: string | null;
  @Field(() => Int, { nullable: true, description: '待施行的最新版本 / the newest version scheduled after today' }) scheduledVersion: number | null;
  @Field(() => MatterVersionView, { nullable: true, description: '今日施行的版本 / the version in force today' })
  inForce: MatterVersionView | null;
  @Field(() => MatterVersionView, { nullable: true, description: '草稿（仅目录管理员可见）/ the draft, for catalog administrators' })
  draft: MatterVersionView | null;
  @Field(() => [MatterVersionSummary]) versions: MatterVersionSummary[];
}

@ObjectType('MatterLocalSetting', { description: '乡镇、村的本地化设置 / what a township or village localized' })
export class LocalSettingView {
  @Field(() => ID) matterId: string;
  @Field(() => ID) orgUnitId: string;
  @Field() orgUnitName: string;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => String, { nullable: true }) hours: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => ID, { nullable: true }) windowId: string | null;
  @Field(() => String, { nullable: true }) windowName: string | null;
  @Field({ description: '所选窗口已撤销，须另选 / the window named has been closed' }) windowClosed: boolean;
  @Field(() => Int, { nullable: true, description: '缩短后的承诺时限 / shorter promised limit' }) promisedDays: number | null;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType('EffectiveMatter', {
  description: '某单位可办理的事项：现行县级版本叠加本地化设置 / a matter as it applies at a unit, local settings applied',
})
export class EffectiveMatterView {
  @Field(() => ID) matterId: string;
  @Field(() => Int) version: number;
  @Field() effectiveFrom: string;
  @Field(() => MatterContent, { description: '已叠加本地化设置的要素 / elements with local settings applied' })
  content: MatterContent;
  @Field(() => Int, { description: '县级标准承诺时限 / the county’s promised limit' }) countyPromisedDays: number;
  @Field(() => String, { nullable: true }) implementingBodyName: string | null;
  @Field(() => String, { nullable: true }) windowName: string | null;
  @Field({ description: '本单位是否即为办理（决定）层级 / decided at this tier' }) decidedHere: boolean;
  @Field(() => [LocalSettingView]) localSettings: LocalSettingView[];
  @Field(() => [PromiseSource], { description: '承诺时限从县到本单位的来源，取最短者 / the promise from the county down to the unit; the shortest applies' })
  promiseSources: PromiseSource[];
}

@ObjectType('MatterConnection')
export class MatterConnection extends Connection(MatterView) {}
