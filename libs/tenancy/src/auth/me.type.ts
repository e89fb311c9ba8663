import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RoleValue } from '../graphql/enums';
import { GraphQLJSON } from '../graphql/json.scalar';
import { TenantView } from '../tenants/tenant.type';
import { MembershipView } from '../users/user.type';

@ObjectType('AbilityRule', { description: 'CASL 权限规则 / one CASL rule of the caller' })
export class AbilityRuleView {
  @Field() action: string;
  @Field() subject: string;
  @Field({ description: '禁止规则 / a "cannot" rule' }) inverted: boolean;
  @Field(() => GraphQLJSON, { nullable: true, description: '如 { within: "610921.610921100" }：对象的单位路径在此路径或其下' })
  conditions: Record<string, unknown> | null;
}

@ObjectType('Me', { description: '当前登录人员 / the person logged in' })
export class MeView {
  @Field(() => ID) id: string;
  @Field() username: string;
  @Field() displayName: string;
  @Field(() => TenantView) tenant: TenantView;
  @Field(() => [RoleValue]) roles: RoleValue[];
  @Field(() => [MembershipView]) memberships: MembershipView[];
  @Field(() => [AbilityRuleView], { description: '本人的权限规则，供管理端决定菜单与按钮 / what the caller may do' })
  rules: AbilityRuleView[];
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field() accessToken: string;
  @Field() refreshToken: string;
  @Field(() => Int, { description: 'seconds until the access token expires' }) expiresIn: number;
  @Field(() => MeView) me: MeView;
}
