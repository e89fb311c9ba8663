import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/connection';
import { OrgUnitKindValue } from '../graphql/enums';

@ObjectType('OrgUnit', { description: '组织单位 / an org unit of the county' })
export class OrgUnitView {
  @Field(() => ID) id: string;
  @Field({ description: '12-digit division code for territorial units' }) code: string;
  @Field() name: string;
  @Field(() => OrgUnitKindValue) kind: OrgUnitKindValue;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field() path: string;
  @Field() pinyin: string;
  @Field() pinyinInitials: string;
  @Field(() => Int) childCount: number;
  @Field(() => String, { nullable: true, description: '地址（办事指南、告知单所示的办理地点）/ address shown as the place' }) address: string | null;
  @Field(() => String, { nullable: true, description: '办公时间 / opening hours' }) openingHours: string | null;
  @Field(() => String, { nullable: true, description: '咨询电话 / phone' }) phone: string | null;
  @Field(() => Date, { nullable: true, description: '窗口撤销时间；撤销的窗口保留，不能再选用 / when a window closed' }) closedAt: Date | null;
}

@ObjectType('OrgUnitConnection')
export class OrgUnitConnection extends Connection(OrgUnitView) {}
