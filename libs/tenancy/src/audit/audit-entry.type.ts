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
  @Field({ description: '本次校验的条目数 / entries this verification walked' }) checked: number;
  @Field(() => String, { nullable: true, description: '从此检查点之后开始校验；空为从头 / the checkpointed seq the walk resumed after; null when from the start' })
  resumedFromSeq: string | null;
  @Field(() => String, { nullable: true }) firstBrokenSeq: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
}
