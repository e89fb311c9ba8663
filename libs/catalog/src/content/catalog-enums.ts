import { registerEnumType } from '@nestjs/graphql';

/** 事项类型: the eight kinds of government power and service in the national catalog. */
export enum MatterType {
  LICENSE = 'license', // 行政许可
  PAYMENT = 'payment', // 行政给付
  CONFIRMATION = 'confirmation', // 行政确认
  LEVY = 'levy', // 行政征收
  REWARD = 'reward', // 行政奖励
  ADJUDICATION = 'adjudication', // 行政裁决
  OTHER_POWER = 'other_power', // 其他行政权力
  PUBLIC_SERVICE = 'public_service', // 公共服务
}

export enum ApplicantKind {
  NATURAL_PERSON = 'natural_person', // 自然人
  LEGAL_PERSON = 'legal_person', // 法人
  OTHER_ORGANIZATION = 'other_organization', // 其他组织
}

/** 事项依据的效力层级, from the highest down. */
export enum LegalBasisLevel {
  LAW = 'law', // 法律
  ADMINISTRATIVE_REGULATION = 'administrative_regulation', // 行政法规
  LOCAL_REGULATION = 'local_regulation', // 地方性法规
  LOCAL_GOVERNMENT_RULE = 'local_government_rule', // 地方政府规章
  MINISTRY_RULE = 'ministry_rule', // 部门规章
  NORMATIVE_DOCUMENT = 'normative_document', // 规范性文件
}

export enum CaseKind {
  ON_THE_SPOT = 'on_the_spot', // 即办件
  PROMISED = 'promised', // 承诺件
  REPORTED = 'reported', // 上报件
}

export enum MaterialForm {
  ORIGINAL = 'original', // 原件
  COPY = 'copy', // 复印件
  ORIGINAL_AND_COPY = 'original_and_copy', // 原件和复印件
}

export enum StepKind {
  ACCEPT = 'accept', // 受理
  REVIEW = 'review', // 审查
  DECIDE = 'decide', // 决定
  DELIVER = 'deliver', // 送达
  SITE_SURVEY = 'site_survey', // 现场踏勘
  EXPERT_REVIEW = 'expert_review', // 专家评审
}

export enum DeliveryOption {
  WINDOW = 'window', // 窗口领取
  POST = 'post', // 邮寄
  HOME = 'home', // 上门送达
}

/** The three tiers of the network, ordered from the lowest. */
export enum Tier {
  VILLAGE = 'village',
  TOWNSHIP = 'township',
  COUNTY = 'county',
}

export const TIER_RANK: Record<Tier, number> = { [Tier.VILLAGE]: 0, [Tier.TOWNSHIP]: 1, [Tier.COUNTY]: 2 };
export const TIER_LABEL: Record<Tier, string> = { [Tier.VILLAGE]: '村（社区）', [Tier.TOWNSHIP]: '乡镇（街道）', [Tier.COUNTY]: '县级' };

export enum MatterStatus {
  DRAFT = 'draft', // 未发布
  PUBLISHED = 'published', // 已发布
  RETIRED = 'retired', // 已取消
}

export enum VersionStatus {
  DRAFT = 'draft',
  PUBLISHED = 'published',
  /** 已撤回: published for a later date and withdrawn before it; never in force. */
  WITHDRAWN = 'withdrawn',
}

registerEnumType(MatterType, { name: 'MatterType', description: '事项类型 / matter type' });
registerEnumType(ApplicantKind, { name: 'ApplicantKind', description: '申请人类型 / who may apply' });
registerEnumType(LegalBasisLevel, { name: 'LegalBasisLevel', description: '依据层级 / level of a legal basis' });
registerEnumType(CaseKind, { name: 'CaseKind', description: '办件类型：即办件、承诺件、上报件 / case kind' });
registerEnumType(MaterialForm, { name: 'MaterialForm', description: '材料形式：原件、复印件 / original or copy' });
registerEnumType(StepKind, { name: 'StepKind', description: '办理环节 / procedure step kind' });
registerEnumType(DeliveryOption, { name: 'DeliveryOption', description: '送达方式 / how the result is delivered' });
registerEnumType(Tier, { name: 'Tier', description: '层级：县、乡镇、村 / tier of the network' });
registerEnumType(MatterStatus, { name: 'MatterStatus', description: '事项状态 / matter status' });
registerEnumType(VersionStatus, { name: 'VersionStatus', description: '版本状态 / version status' });
