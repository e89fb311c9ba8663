import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID, Length } from 'class-validator';
import { OrgUnitKindValue } from '../../graphql/enums';

@InputType()
export class CreateOrgUnitInput {
  @Field(() => ID) @IsUUID() parentId: string;
  @Field(() => OrgUnitKindValue) @IsEnum(OrgUnitKindValue) kind: OrgUnitKindValue;
  @Field() @Length(2, 60) name: string;
}
