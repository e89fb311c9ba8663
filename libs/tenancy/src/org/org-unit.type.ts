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
}

@ObjectType('OrgUnitConnection')
export class OrgUnitConnection extends Connection(OrgUnitView) {}
