import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { RoleValue } from '../../graphql/enums';

@InputType()
export class AddMembershipInput {
  @Field(() => ID) @IsUUID() userId: string;
  @Field(() => ID) @IsUUID() orgUnitId: string;
  @Field(() => RoleValue) @IsEnum(RoleValue) role: RoleValue;
}
