import { Field, InputType } from '@nestjs/graphql';
import { Length, Matches } from 'class-validator';

@InputType()
export class CreateTenantInput {
  @Field({ description: '县级统计用区划代码，6 位或 12 位 / county division code, 6 or 12 digits' })
  @Matches(/^\d{6}(\d{6})?$/, { message: 'divisionCode must be 6 or 12 digits' })
  divisionCode: string;
  @Field() @Length(3, 32) adminUsername: string;
  @Field() @Length(1, 128) adminPassword: string;
  @Field() @Length(1, 40) adminDisplayName: string;
}
