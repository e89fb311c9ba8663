import type { Bilingual } from '@county/tenancy';
import type { CaseAction } from './case-process';
import type { CaseState } from './case-state';

export const CASE_STATE_LABELS: Record<CaseState, Bilingual> = {
  submitted: { zh: '待受理', en: 'Submitted' },
  supplement_requested: { zh: '待补正', en: 'Supplement requested' },
  accepted: { zh: '已受理', en: 'Accepted' },
  in_review: { zh: '审查中', en: 'In review' },
  suspended: { zh: '已中止', en: 'Suspended' },
  forwarded: { zh: '已上报', en: 'Forwarded' },
  returned: { zh: '已退回', en: 'Returned' },
  decided: { zh: '已决定', en: 'Decided' },
  delivered: { zh: '已办结', en: 'Delivered' },
  not_accepted: { zh: '不予受理', en: 'Not accepted' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const CASE_ACTION_LABELS: Record<CaseAction, Bilingual> = {
  accept: { zh: '受理', en: 'Accept' },
  request_supplement: { zh: '一次性告知补正', en: 'Request a supplement' },
  resubmit: { zh: '补正后提交', en: 'Resubmit' },
  not_accept: { zh: '不予受理', en: 'Refuse to accept' },
  start_review: { zh: '开始审查', en: 'Start review' },
  suspend: { zh: '中止', en: 'Suspend' },
  resume: { zh: '恢复办理', en: 'Resume' },
  forward: { zh: '上报', en: 'Forward' },
  receive: { zh: '接收', en: 'Receive' },
  return: { zh: '退回', en: 'Return' },
  decide: { zh: '作出决定', en: 'Decide' },
  deem_approved: { zh: '超时默许', en: 'Deemed approved' },
  deliver: { zh: '送达', en: 'Deliver' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
};

/** The fields of case inputs, as errors name them. */
export const CASE_FIELD_LABELS: Record<string, Bilingual> = {
  applicantName: { zh: '申请人', en: 'Applicant' },
  reason: { zh: '理由', en: 'Reason' },
  legalBasis: { zh: '法律依据', en: 'Legal basis' },
  missingMaterials: { zh: '缺少的材料', en: 'Missing materials' },
  materials: { zh: '已收材料', en: 'Materials received' },
  trackingNumber: { zh: '邮件单号', en: 'Tracking number' },
  suspensionKind: { zh: '中止事由', en: 'Suspension reason' },
  outcome: { zh: '决定结果', en: 'Decision' },
  investmentWan: { zh: '投资额（万元）', en: 'Investment (万元)' },
  deliveryAddress: { zh: '送达地址', en: 'Delivery address' },
  deliveryNotes: { zh: '送达备注', en: 'Delivery notes' },
  feeIds: { zh: '收费项目', en: 'Fee items' },
  paidOn: { zh: '缴款日期', en: 'Paid on' },
  group: { zh: '特殊群体', en: 'Special group' },
};
