import {
  ApplicantKind,
  CaseKind,
  DeliveryOption,
  LegalBasisLevel,
  MaterialForm,
  MatterType,
  StepKind,
  Tier,
  TIER_LABEL,
} from './catalog-enums';

/**
 * The Chinese words people type in the spreadsheets and read in the ledgers, one table per
 * enum. Import reads them back, so every label is unique within its table.
 */
export const MATTER_TYPE_LABEL: Record<MatterType, string> = {
  [MatterType.LICENSE]: '行政许可',
  [MatterType.PAYMENT]: '行政给付',
  [MatterType.CONFIRMATION]: '行政确认',
  [MatterType.LEVY]: '行政征收',
  [MatterType.REWARD]: '行政奖励',
  [MatterType.ADJUDICATION]: '行政裁决',
  [MatterType.OTHER_POWER]: '其他行政权力',
  [MatterType.PUBLIC_SERVICE]: '公共服务',
};

export const APPLICANT_KIND_LABEL: Record<ApplicantKind, string> = {
  [ApplicantKind.NATURAL_PERSON]: '自然人',
  [ApplicantKind.LEGAL_PERSON]: '法人',
  [ApplicantKind.OTHER_ORGANIZATION]: '其他组织',
};

export const LEGAL_BASIS_LEVEL_LABEL: Record<LegalBasisLevel, string> = {
  [LegalBasisLevel.LAW]: '法律',
  [LegalBasisLevel.ADMINISTRATIVE_REGULATION]: '行政法规',
  [LegalBasisLevel.LOCAL_REGULATION]: '地方性法规',
  [LegalBasisLevel.LOCAL_GOVERNMENT_RULE]: '地方政府规章',
  [LegalBasisLevel.MINISTRY_RULE]: '部门规章',
  [LegalBasisLevel.NORMATIVE_DOCUMENT]: '规范性文件',
};

export const CASE_KIND_LABEL: Record<CaseKind, string> = {
  [CaseKind.ON_THE_SPOT]: '即办件',
  [CaseKind.PROMISED]: '承诺件',
  [CaseKind.REPORTED]: '上报件',
};

export const MATERIAL_FORM_LABEL: Record<MaterialForm, string> = {
  [MaterialForm.ORIGINAL]: '原件',
  [MaterialForm.COPY]: '复印件',
  [MaterialForm.ORIGINAL_AND_COPY]: '原件和复印件',
};

export const STEP_KIND_LABEL: Record<StepKind, string> = {
  [StepKind.ACCEPT]: '受理',
  [StepKind.REVIEW]: '审查',
  [StepKind.DECIDE]: '决定',
  [StepKind.DELIVER]: '送达',
  [StepKind.SITE_SURVEY]: '现场踏勘',
  [StepKind.EXPERT_REVIEW]: '专家评审',
};

export const DELIVERY_OPTION_LABEL: Record<DeliveryOption, string> = {
  [DeliveryOption.WINDOW]: '窗口领取',
  [DeliveryOption.POST]: '邮寄',
  [DeliveryOption.HOME]: '上门送达',
};

export const TIER_WORD: Record<Tier, string> = TIER_LABEL;

export const YES = '是';
export const NO = '否';
