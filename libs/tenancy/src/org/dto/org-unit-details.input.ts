import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Length } from 'class-validator';

/** What a county, township or village tells the public about itself; empty clears a value. */
@InputType()
export class OrgUnitDetailsInput {
  @Field(() => String, { nullable: true, description: '地址' }) @IsOptional() @Length(0, 200) address?: string | null;
  @Field(() => String, { nullable: true, description: '办公时间' }) @IsOptional() @Length(0, 200) openingHours?: string | null;
  @Field(() => String, { nullable: true, description: '电话，如 0915-5212345 或 11 位手机号' }) @IsOptional() @Length(0, 40) phone?: string | null;
}
