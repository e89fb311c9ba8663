import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Tier } from '../content/catalog-enums';
import { PromiseSource } from '../promise-sources';

@ObjectType({ description: '待发布的草稿 / a draft awaiting publication' })
export class DraftToPublish {
  @Field(() => ID) matterId: string;
  @Field() implementationCode: string;
  @Field() name: string;
  @Field(() => Int) version: number;
  @Field({ description: '最后保存时间 / last saved' }) savedAt: string;
  @Field({ description: '该事项是否已有现行版本 / whether a version is already in force' }) published: boolean;
}

@ObjectType({ description: '待施行的版本 / a published version that takes effect later' })
export class VersionToTakeEffect {
  @Field(() => ID) matterId: string;
  @Field() implementationCode: string;
  @Field() name: string;
  @Field(() => Int) version: number;
  @Field() effectiveFrom: string;
}

@ObjectType({ description: '未生效的本地承诺时限 / a local promise that a shorter one overrides' })
export class SettingNotInEffect {
  @Field(() => ID) matterId: string;
  @Field() name: string;
  @Field(() => ID) orgUnitId: string;
  @Field() unitName: string;
  @Field(() => Tier) tier: Tier;
  @Field(() => Int) promisedDays: number;
  @Field(() => [PromiseSource], { description: '县 → 乡镇 → 村 的时限链 / the chain, county first' }) promiseSources: PromiseSource[];
}

@ObjectType({ description: '首页：此人现在要处理的事 / what the person has to do now' })
export class CatalogWork {
  @Field(() => [DraftToPublish], { description: '仅事项目录管理员 / catalog administrators only' }) drafts: DraftToPublish[];
  @Field(() => Int) draftCount: number;
  @Field(() => [VersionToTakeEffect], { description: '30 天内施行 / taking effect within 30 days' }) upcoming: VersionToTakeEffect[];
  @Field(() => [SettingNotInEffect], { description: '本人辖区内 / within the person’s territory' }) settingsNotInEffect: SettingNotInEffect[];
}
