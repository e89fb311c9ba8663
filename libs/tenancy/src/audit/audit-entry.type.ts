import { Field, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/connection';
import { GraphQLJSON } from '../graphql/json.scalar';

@ObjectType('AuditEntry', { description: '审计日志条目 / an audit log entry' })
export class AuditEntryView {
  @Field() seq: string;
  @Field() at: Date;
  @Field() actorName: string;
  @Field(() => String, { nullable: true }) onBehalfOf: string | null;
  @Field() action: string;
  @Field(() => String, { nullable: true }) subjectType: string | null;
  @Field(() => String, { nullable: true }) subjectId: string | null;
  @Field(() => GraphQLJSON) detail: Record<string, unknown>;
  @Field() hash: string;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends Connection(AuditEntryView) {}

@ObjectType('AuditVerification', { description: '审计链校验结果 / result of verifying the audit chain' })
export class AuditVerificationView {
  @Field() ok: boolean;
  @Field() checked: number;
  @Field(() => String, { nullable: true }) firstBrokenSeq: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
}
