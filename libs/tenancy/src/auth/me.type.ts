import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RoleValue } from '../graphql/enums';
import { TenantView } from '../tenants/tenant.type';
import { MembershipView } from '../users/user.type';

@ObjectType('Me', { description: '当前登录人员 / the person logged in' })
export class MeView {
  @Field(() => ID) id: string;
  @Field() username: string;
  @Field() displayName: string;
  @Field(() => TenantView) tenant: TenantView;
  @Field(() => [RoleValue]) roles: RoleValue[];
  @Field(() => [MembershipView]) memberships: MembershipView[];
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field() accessToken: string;
  @Field() refreshToken: string;
  @Field(() => Int, { description: 'seconds until the access token expires' }) expiresIn: number;
  @Field(() => MeView) me: MeView;
}
