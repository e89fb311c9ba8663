import { Field, InputType } from '@nestjs/graphql';
import { Length } from 'class-validator';

@InputType()
export class LoginInput {
  @Field() @Length(1, 64) username: string;
  @Field() @Length(1, 128) password: string;
}
