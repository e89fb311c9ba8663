import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@county/tenancy';
import { CASE_ACTIONS, CaseAction } from './case-process';
import { CASE_STATES, CaseState } from './case-state';

/** GraphQL enums from the process's own lists: `in_review` ↔ `IN_REVIEW`. */
const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as Record<Uppercase<T>, T>;

export const CaseStateEnum = enumOf(CASE_STATES);
export const CaseActionEnum = enumOf(CASE_ACTIONS);

export enum CaseWarning {
  NORMAL = 'normal', // 正常
  YELLOW = 'yellow', // 黄牌：临近到期
  RED = 'red', // 红牌：已超期
}

export enum AcceptanceMode {
  FULL = 'full', // 材料齐全受理
  WITH_GAPS = 'with_gaps', // 容缺受理
}

export enum SuspensionKind {
  SITE_SURVEY = 'site_survey', // 现场踏勘
  EXPERT_REVIEW = 'expert_review', // 专家评审
  HEARING = 'hearing', // 听证
}

export enum CaseOutcome {
  APPROVED = 'approved', // 准予
  REJECTED = 'rejected', // 不予
}

export enum DeliveryMethod {
  WINDOW = 'window', // 窗口领取
  POST = 'post', // 邮寄
  HOME = 'home', // 送达上门
}

registerEnumType(CaseStateEnum, { name: 'CaseState', description: '办件状态 / where a case is' });
registerEnumType(CaseActionEnum, { name: 'CaseAction', description: '办件操作 / a move of the case process' });
registerEnumType(CaseWarning, { name: 'CaseWarning', description: '预警：正常、黄牌、红牌 / deadline warning' });
registerEnumType(AcceptanceMode, { name: 'AcceptanceMode', description: '受理方式 / full or 容缺 acceptance' });
registerEnumType(SuspensionKind, { name: 'SuspensionKind', description: '中止事由 / why the clock stops' });
registerEnumType(CaseOutcome, { name: 'CaseOutcome', description: '决定结果 / decision' });
registerEnumType(DeliveryMethod, { name: 'DeliveryMethod', description: '送达方式 / delivery' });

@ObjectType('CaseUnit', { description: '办件所在单位 / a unit a case passes' })
export class CaseUnit {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('ServiceCase', { description: '办件 / a case' })
export class CaseView {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: '受理编号，受理后生成 / case number, given at acceptance' }) caseNumber: string | null;
  @Field({ description: '查询码：印在受理通知书上，供公开查询进度 / printed on the receipt for the public lookup' }) verificationCode: string;
  @Field(() => CaseStateEnum) state: CaseState;
  @Field(() => ID) matterId: string;
  @Field(() => Int, { description: '所依据的事项版本 / the matter version pinned' }) matterVersion: number;
  @Field() matterName: string;
  @Field() applicantName: string;
  @Field(() => CaseUnit) acceptingUnit: CaseUnit;
  @Field(() => CaseUnit) currentUnit: CaseUnit;
  @Field(() => CaseUnit) decidingUnit: CaseUnit;
  @Field(() => AcceptanceMode, { nullable: true }) acceptanceMode: AcceptanceMode | null;
  @Field(() => Int, { description: '时限（工作日），受理时的有效承诺 / the limit in working days' }) limitWorkingDays: number;
  @Field(() => String, { nullable: true }) acceptedOn: string | null;
  @Field(() => String, { nullable: true }) dueDate: string | null;
  @Field({ description: '到期日跨入未确认的节假日安排 / the due date may still move' }) dueProvisional: boolean;
  @Field(() => CaseWarning, { nullable: true, description: '办理中的预警 / warning of an open, accepted case' }) warning: CaseWarning | null;
  @Field(() => Int) suspendedWorkingDays: number;
  @Field(() => Int) supplementCount: number;
  @Field(() => [String], { description: '补正或容缺的材料 / materials asked for or promised' }) missingMaterials: string[];
  @Field(() => String, { nullable: true, description: '容缺材料补齐期限 / when promised materials are due' }) gapsDueDate: string | null;
  @Field(() => CaseOutcome, { nullable: true }) outcome: CaseOutcome | null;
  @Field({ description: '绿色通道件 / a green-channel case' }) greenChannel: boolean;
  @Field(() => Int, { nullable: true, description: '绿色通道项目投资额（万元） / investment of a green-channel project, 万元' }) investmentWan: number | null;
  @Field({ description: '超时默许：逾期未决定视为准予 / silence past the limit approves' }) deemedApproval: boolean;
  @Field({ description: '已按超时默许视为准予 / approved by silence' }) decidedBySilence: boolean;
  @Field() submittedAt: string;
  @Field(() => ID, { nullable: true, description: '登记的申请人 / the registered applicant' }) applicantId: string | null;
  @Field(() => ID, { nullable: true, description: '代办件：所依据的委托书 / filed by proxy under this consent' }) proxyConsentId: string | null;
  @Field(() => String, { nullable: true, description: '提交人（代办件为代办员） / who filed it (the agent, for a proxy filing)' }) submittedByName: string | null;
  @Field(() => [CaseActionEnum], { description: '当前用户现在可做的操作 / the moves open to the caller now' }) availableActions: CaseAction[];
}

@ObjectType('ServiceCaseConnection')
export class CaseConnection extends Connection(CaseView) {}

@InputType({ description: '提交申请 / a new application at a window or station' })
export class SubmitCaseInput {
  @Field({ description: '设备上生成一次，重试原样带上 / made once per submission, sent again on retry' }) idempotencyKey: string;
  @Field(() => ID) matterId: string;
  @Field(() => ID, { description: '受理窗口所在的乡镇或村（或县中心） / the accepting unit' }) acceptingUnitId: string;
  @Field() applicantName: string;
  @Field(() => ID, { nullable: true }) applicantId?: string | null;
  @Field(() => [String], { nullable: true, description: '已收材料名称 / materials received' }) materials?: string[] | null;
}

@InputType({ description: '办件的一步操作 / one move of a case' })
export class MoveCaseInput {
  @Field() idempotencyKey: string;
  @Field(() => String, { nullable: true, description: '理由（不予受理、退回、中止、撤回、不予决定时必填） / reason' }) reason?: string | null;
  @Field(() => [String], { nullable: true, description: '补正或容缺的全部材料 / every missing material' }) missingMaterials?: string[] | null;
  @Field(() => AcceptanceMode, { nullable: true }) acceptanceMode?: AcceptanceMode | null;
  @Field(() => SuspensionKind, { nullable: true }) suspensionKind?: SuspensionKind | null;
  @Field(() => CaseOutcome, { nullable: true }) outcome?: CaseOutcome | null;
  @Field(() => String, { nullable: true, description: '不予决定的法律依据 / legal basis of a rejection' }) legalBasis?: string | null;
  @Field(() => DeliveryMethod, { nullable: true }) deliveryMethod?: DeliveryMethod | null;
  @Field(() => Boolean, { nullable: true, description: '受理时：进入绿色通道 / at acceptance: through the green channel' }) greenChannel?: boolean | null;
  @Field(() => Int, { nullable: true, description: '绿色通道项目投资额（万元） / the project’s investment, 万元' }) investmentWan?: number | null;
  @Field(() => String, { nullable: true, description: '邮件单号（邮寄必填） / tracking number, for post' }) trackingNumber?: string | null;
  @Field(() => String, { nullable: true, description: '送达地址（上门；默认申请人登记的地址） / address for home delivery' }) deliveryAddress?: string | null;
  @Field(() => String, { nullable: true, description: '送达备注 / delivery notes' }) deliveryNotes?: string | null;
}
