import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Length, Matches } from 'class-validator';

@InputType()
export class CreateUserInput {
  @Field() @Length(3, 32) username: string;
  @Field() @Length(1, 40) displayName: string;
  @Field() @Length(1, 128) password: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^1[3-9]\d{9}$/, { message: 'phone must be a mainland mobile number' })
  phone?: string | null;
}
