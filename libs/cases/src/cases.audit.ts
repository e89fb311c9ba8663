import { AuditVocabulary, auditFor } from '@county/tenancy';
import { CASE_STATE_LABELS } from './case/case-labels';

/** What the cases library records on the audit chain. */
export const CASES_AUDIT_ACTIONS = [
  'calendar_day_set',
  'calendar_day_cleared',
  'calendar_year_confirmed',
  'calendar_year_reopened',
  'case_submitted',
  'case_accepted',
  'case_supplement_requested',
  'case_resubmitted',
  'case_not_accepted',
  'case_review_started',
  'case_suspended',
  'case_resumed',
  'case_forwarded',
  'case_received',
  'case_returned',
  'case_decided',
  'case_delivered',
  'case_withdrawn',
  'case_task_opinion_given',
  'applicant_registered',
  'applicant_updated',
  'applicant_id_revealed',
] as const;

export type CasesAuditAction = (typeof CASES_AUDIT_ACTIONS)[number];

const STATE_VALUES = CASE_STATE_LABELS;

const DAY_KINDS = { holiday: { zh: '放假', en: 'Day off' }, workday: { zh: '上班', en: 'Working day' } };

/** How the cases library's entries read in the audit log and its export. */
export const CASES_AUDIT_VOCABULARY: AuditVocabulary<CasesAuditAction> = {
  library: { zh: '办件', en: 'Cases' },
  actions: {
    calendar_day_set: { zh: '设置节假日或调休', en: 'Calendar day set' },
    calendar_day_cleared: { zh: '取消本县设置的日子', en: 'Calendar day cleared' },
    calendar_year_confirmed: { zh: '确认全年节假日安排', en: 'Year’s arrangement confirmed' },
    calendar_year_reopened: { zh: '撤销全年节假日安排确认', en: 'Year’s arrangement reopened' },
    case_submitted: { zh: '提交申请', en: 'Application submitted' },
    case_accepted: { zh: '受理', en: 'Case accepted' },
    case_supplement_requested: { zh: '一次性告知补正', en: 'Supplement requested' },
    case_resubmitted: { zh: '补正后提交', en: 'Resubmitted after supplement' },
    case_not_accepted: { zh: '不予受理', en: 'Not accepted' },
    case_review_started: { zh: '开始审查', en: 'Review started' },
    case_suspended: { zh: '中止办理', en: 'Case suspended' },
    case_resumed: { zh: '恢复办理', en: 'Case resumed' },
    case_forwarded: { zh: '上报', en: 'Case forwarded' },
    case_received: { zh: '接收上报件', en: 'Forwarded case received' },
    case_returned: { zh: '退回', en: 'Case returned' },
    case_decided: { zh: '作出决定', en: 'Case decided' },
    case_delivered: { zh: '送达办结', en: 'Result delivered' },
    case_withdrawn: { zh: '撤回申请', en: 'Application withdrawn' },
    case_task_opinion_given: { zh: '联办部门出具意见', en: 'Joint department’s opinion' },
    applicant_registered: { zh: '登记申请人', en: 'Applicant registered' },
    applicant_updated: { zh: '修改申请人信息', en: 'Applicant updated' },
    applicant_id_revealed: { zh: '查看完整证件号码', en: 'Full ID number viewed' },
  },
  subjects: { WorkingCalendar: { zh: '工作日历', en: 'Working calendar' }, Case: { zh: '办件', en: 'Case' }, Applicant: { zh: '申请人', en: 'Applicant' } },
  details: {
    date: { zh: '日期', en: 'Date' },
    year: { zh: '年份', en: 'Year' },
    name: { zh: '名称', en: 'Name' },
    kind: { zh: '类别', en: 'Kind', values: DAY_KINDS },
    before: { zh: '改前', en: 'Before' },
    days: { zh: '本县设置的天数', en: 'Days set by the county' },
    from: { zh: '原状态', en: 'From', values: STATE_VALUES },
    to: { zh: '新状态', en: 'To', values: STATE_VALUES },
    caseNumber: { zh: '受理编号', en: 'Case number' },
    matterName: { zh: '事项', en: 'Matter' },
    applicantName: { zh: '申请人', en: 'Applicant' },
    reason: { zh: '理由', en: 'Reason' },
    legalBasis: { zh: '法律依据', en: 'Legal basis' },
    missingMaterials: { zh: '所缺材料', en: 'Missing materials' },
    dueDate: { zh: '到期日', en: 'Due date' },
    acceptanceMode: { zh: '受理方式', en: 'Acceptance', values: { full: { zh: '材料齐全', en: 'Complete' }, with_gaps: { zh: '容缺受理', en: 'With gaps (容缺)' } } },
    suspensionKind: {
      zh: '中止事由',
      en: 'Suspended for',
      values: { site_survey: { zh: '现场踏勘', en: 'Site survey' }, expert_review: { zh: '专家评审', en: 'Expert review' }, hearing: { zh: '听证', en: 'Hearing' } },
    },
    outcome: { zh: '决定', en: 'Decision', values: { approved: { zh: '准予', en: 'Approved' }, rejected: { zh: '不予', en: 'Rejected' } } },
    deliveryMethod: {
      zh: '送达方式',
      en: 'Delivery',
      values: { window: { zh: '窗口领取', en: 'At the window' }, post: { zh: '邮寄', en: 'By post' }, home: { zh: '送达上门', en: 'At home' } },
    },
    trackingNumber: { zh: '邮件单号', en: 'Tracking number' },
    toUnitName: { zh: '转至单位', en: 'Sent to' },
    applicantKind: { zh: '申请人类别', en: 'Applicant kind', values: { person: { zh: '个人', en: 'Person' }, organization: { zh: '单位', en: 'Organization' } } },
    idNumberMasked: { zh: '证件号码（脱敏）', en: 'ID number (masked)' },
    changed: { zh: '修改项', en: 'Changed' },
    jointDepartments: { zh: '联办部门', en: 'Joint departments' },
    department: { zh: '部门', en: 'Department' },
    opinion: { zh: '意见', en: 'Opinion', values: { agreed: { zh: '同意', en: 'Agrees' }, disagreed: { zh: '不同意', en: 'Disagrees' } } },
    surveyDepartments: { zh: '联合踏勘部门', en: 'Joint survey by' },
    delegationId: { zh: '依据授权', en: 'Under delegation' },
  },
};

export const casesAudit = auditFor('cases', CASES_AUDIT_ACTIONS, CASES_AUDIT_VOCABULARY);
