import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Connection } from '../graphql/connection';
import { GraphQLJSON } from '../graphql/json.scalar';
import { AuditFilter } from './audit-reads';

@ObjectType('AuditDetailField', { description: '审计详情的一项，带中英文标签 / one labelled field of an entry\'s detail' })
export class AuditDetailFieldView {
  @Field({ description: '原始键名，嵌套字段为 a.b / the stored key' }) key: string;
  @Field() labelZh: string;
  @Field() labelEn: string;
  @Field({ description: '可读的值：编号已换成名称 / readable value, ids shown by name' }) value: string;
  @Field({ description: '代码译为中文的值 / the value with codes in Chinese' }) valueZh: string;
  @Field({ description: '代码译为英文的值 / the value with codes in English' }) valueEn: string;
}

@ObjectType('AuditEntry', { description: '审计日志条目 / an audit log entry' })
export class AuditEntryView {
  @Field() seq: string;
  @Field() at: Date;
  @Field(() => String, { nullable: true, description: '操作人编号 / the acting person\'s id' }) actorId: string | null;
  @Field() actorName: string;
  @Field(() => String, { nullable: true }) onBehalfOf: string | null;
  @Field({ description: '操作代码，如 matter_published / the action code' }) action: string;
  @Field({ description: '操作名称 / the action as people say it' }) actionLabelZh: string;
  @Field() actionLabelEn: string;
  @Field(() => String, { nullable: true }) subjectType: string | null;
  @Field(() => String, { nullable: true, description: '对象类型名称，如 事项 / the subject type as people say it' }) subjectTypeLabelZh: string | null;
  @Field(() => String, { nullable: true }) subjectTypeLabelEn: string | null;
  @Field(() => String, { nullable: true }) subjectId: string | null;
  @Field(() => String, { nullable: true, description: '对象名称，看不到的对象为空 / the subject\'s name; null when the reader may not see it' })
  subjectName: string | null;
  @Field(() => String, { nullable: true, description: '管理端打开对象的路径，如 /catalog/… / where the admin app opens the subject' })
  subjectPath: string | null;
  @Field(() => [AuditDetailFieldView], { description: '详情，逐项带标签 / the detail as labelled fields' }) details: AuditDetailFieldView[];
  @Field(() => GraphQLJSON, { description: '原始详情 / the detail as stored' }) detail: Record<string, unknown>;
  @Field() hash: string;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends Connection(AuditEntryView) {}

@ObjectType('AuditAction', { description: '一种审计操作及其名称 / an audit action and its labels' })
export class AuditActionView {
  @Field({ description: '记录它的库，如 catalog / the library that records it' }) library: string;
  @Field() libraryLabelZh: string;
  @Field() libraryLabelEn: string;
  @Field() action: string;
  @Field() labelZh: string;
  @Field() labelEn: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType('AuditLogFilter', { description: '审计日志筛选 / what to narrow the audit log to' })
export class AuditLogFilterInput implements AuditFilter {
  @Field(() => String, { nullable: true, description: '操作人 / the acting person' }) @IsOptional() @IsUUID() actorId?: string | null;
  @Field(() => [String], { nullable: true, description: '操作代码，可多选 / one or several action codes' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  actions?: string[] | null;
  @Field(() => String, { nullable: true, description: '对象类型，如 Matter / subject type' }) @IsOptional() @Length(1, 64) subjectType?: string | null;
  @Field(() => String, { nullable: true, description: '对象编号 / subject id' }) @IsOptional() @Length(1, 100) subjectId?: string | null;
  @Field(() => String, { nullable: true, description: '对象名称的一部分 / part of the subject\'s name' }) @IsOptional() @Length(1, 100) subjectName?: string | null;
  @Field(() => String, { nullable: true, description: '起始日（含），YYYY-MM-DD，北京时间 / first day, county time' })
  @IsOptional()
  @Matches(DATE)
  from?: string | null;
  @Field(() => String, { nullable: true, description: '截止日（含），YYYY-MM-DD，北京时间 / last day, county time' })
  @IsOptional()
  @Matches(DATE)
  to?: string | null;
}

@ObjectType('AuditVerification', { description: '审计链校验结果 / result of verifying the audit chain' })
export class AuditVerificationView {
  @Field() ok: boolean;
  @Field({ description: '本次校验的条目数 / entries this verification walked' }) checked: number;
  @Field(() => String, { nullable: true, description: '从此检查点之后开始校验；空为从头 / the checkpointed seq the walk resumed after; null when from the start' })
  resumedFromSeq: string | null;
  @Field(() => String, { nullable: true }) firstBrokenSeq: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
}
