import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/connection';

@ObjectType('Tenant', { description: '租户（县级区划）/ a county using the platform' })
export class TenantView {
  @Field(() => ID) id: string;
  @Field() divisionCode: string;
  @Field() name: string;
  @Field() createdAt: Date;
}

@ObjectType('TenantConnection')
export class TenantConnection extends Connection(TenantView) {}
