import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/connection';
import { RoleValue } from '../graphql/enums';
import { OrgUnitView } from '../org/org-unit.type';

@ObjectType('MembershipView', { description: '任职 / a role held at an org unit' })
export class MembershipView {
  @Field(() => ID) id: string;
  @Field(() => RoleValue) role: RoleValue;
  @Field(() => OrgUnitView, { nullable: true }) orgUnit: OrgUnitView | null;
  @Field() createdAt: Date;
}

@ObjectType('UserView', { description: '人员 / a person with an account' })
export class UserView {
  @Field(() => ID) id: string;
  @Field() username: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field() locked: boolean;
  @Field() disabled: boolean;
  @Field(() => [MembershipView]) memberships: MembershipView[];
}

@ObjectType('UserConnection')
export class UserConnection extends Connection(UserView) {}
