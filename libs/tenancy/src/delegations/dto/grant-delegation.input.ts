import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsDate, IsOptional, IsUUID, Length, Matches } from 'class-validator';

@InputType()
export class GrantDelegationInput {
  @Field(() => ID) @IsUUID() departmentId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() granteeUserId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() granteeWindowId?: string | null;
  @Field() @IsBoolean() allMatters: boolean;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @Matches(/^[A-Za-z0-9_.-]{1,64}$/, { each: true })
  matterCodes?: string[] | null;
  @Field() @IsDate() validFrom: Date;
  @Field() @IsDate() validUntil: Date;
  @Field() @Length(1, 200) reason: string;
}
