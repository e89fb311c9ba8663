import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@county/tenancy';
import { CaseEventKind } from './case-event-kinds';

export enum NoticeChannel {
  SMS = 'sms', // 短信
  IN_APP = 'in_app', // 站内通知
}

export enum NoticeStatus {
  PENDING = 'pending', // 待发送
  SENT = 'sent', // 已发送
  FAILED = 'failed', // 发送失败（将重试）
  NO_RECIPIENT = 'no_recipient', // 无手机号，未发送
}

registerEnumType(NoticeChannel, { name: 'NoticeChannel', description: '通知渠道 / SMS or in-app' });
registerEnumType(NoticeStatus, { name: 'NoticeStatus', description: '通知状态 / where a notice stands' });

@ObjectType('CaseNotice', { description: '给申请人的通知（受理、补正、结果）/ a notice to the applicant' })
export class CaseNoticeView {
  @Field(() => ID) id: string;
  @Field(() => CaseEventKind) kind: CaseEventKind;
  @Field(() => NoticeChannel) channel: NoticeChannel;
  @Field(() => NoticeStatus) status: NoticeStatus;
  @Field(() => String, { nullable: true, description: '收件手机号（脱敏）/ masked phone' }) recipientMasked: string | null;
  @Field() body: string;
  @Field(() => Int, { description: '已尝试次数 / attempts so far' }) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field() createdAt: string;
  @Field(() => String, { nullable: true }) sentAt: string | null;
}

@ObjectType('SupervisionHandoff', { description: '审管联动：准予的行政许可移交监管部门 / an approved licence handed to supervision' })
export class SupervisionHandoffView {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => String, { nullable: true }) caseNumber: string | null;
  @Field() matterName: string;
  @Field({ description: '被许可人 / the licensee' }) licenseeName: string;
  @Field(() => ID) supervisingUnitId: string;
  @Field() supervisingUnitName: string;
  @Field(() => ID, { nullable: true, description: '审批人：不得担任本件的监管人（审管分离）；超时默许时为空 / the approver, who may not supervise it; none when approved by silence' }) approvedById: string | null;
  @Field({ description: '审批人姓名，超时默许时为“超时默许” / the approver’s name, or 超时默许' }) approvedByName: string;
  @Field() decidedOn: string;
  @Field() receivedAt: string;
}

@ObjectType('SupervisionHandoffConnection')
export class SupervisionHandoffConnection extends Connection(SupervisionHandoffView) {}
