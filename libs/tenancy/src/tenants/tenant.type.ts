import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Tenant', { description: '租户（县级区划）/ a county using the platform' })
export class TenantView {
  @Field(() => ID) id: string;
  @Field() divisionCode: string;
  @Field() name: string;
  @Field() createdAt: Date;
}
