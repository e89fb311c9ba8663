import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/connection';
import { OrgUnitView } from '../org/org-unit.type';

@ObjectType('Delegation', { description: '授权（一纸授权）/ a delegation of authority' })
export class DelegationView {
  @Field(() => ID) id: string;
  @Field(() => OrgUnitView) department: OrgUnitView;
  @Field(() => ID, { nullable: true }) granteeUserId: string | null;
  @Field(() => String, { nullable: true }) granteeUserName: string | null;
  @Field(() => OrgUnitView, { nullable: true }) granteeWindow: OrgUnitView | null;
  @Field() allMatters: boolean;
  @Field(() => [String]) matterCodes: string[];
  @Field() validFrom: Date;
  @Field() validUntil: Date;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field() reason: string;
  @Field({ description: 'in force now: not revoked and within its period' }) active: boolean;
  @Field(() => [DelegationUseView]) uses: DelegationUseView[];
}

@ObjectType('DelegationUse', { description: '授权使用记录 / one use of a delegation' })
export class DelegationUseView {
  @Field(() => ID) id: string;
  @Field(() => ID) usedBy: string;
  @Field() matterCode: string;
  @Field() action: string;
  @Field(() => String, { nullable: true }) subjectId: string | null;
  @Field() usedAt: Date;
}

@ObjectType('DelegationConnection')
export class DelegationConnection extends Connection(DelegationView) {}
