import { AuditVocabulary, auditFor } from '@county/tenancy';
import { CHANNEL_LABELS, GRADE_LABELS } from './rating/grades';
import { STATE_LABELS } from './rectification/rectification-process';

/** What the evaluation library records on the audit chain. */
export const EVALUATION_AUDIT_ACTIONS = [
  'case_rated',
  'evaluation_rules_set',
  'rectification_opened',
  'rectification_verified',
  'rectification_rectified',
  'rectification_called_back',
  'rectification_closed',
] as const;

export type EvaluationAuditAction = (typeof EVALUATION_AUDIT_ACTIONS)[number];

const ANSWERS = {
  satisfied: { zh: '满意', en: 'Satisfied' },
  basic: { zh: '基本满意', en: 'Fairly satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
  unreachable: { zh: '未能联系', en: 'Unreachable' },
};

/** How the evaluation library's entries read in the audit log and its export. */
export const EVALUATION_AUDIT_VOCABULARY: AuditVocabulary<EvaluationAuditAction> = {
  library: { zh: '好差评', en: 'Evaluation' },
  actions: {
    case_rated: { zh: '评价办件', en: 'Case rated' },
    evaluation_rules_set: { zh: '设置好差评规则', en: 'Evaluation rules set' },
    rectification_opened: { zh: '差评转整改', en: 'Rectification opened' },
    rectification_verified: { zh: '整改：核实', en: 'Rectification: verified' },
    rectification_rectified: { zh: '整改：登记整改措施', en: 'Rectification: measures recorded' },
    rectification_called_back: { zh: '整改：回访', en: 'Rectification: called back' },
    rectification_closed: { zh: '整改：复核办结', en: 'Rectification: reviewed and closed' },
  },
  subjects: { Rating: { zh: '评价', en: 'Rating' }, Rectification: { zh: '整改单', en: 'Rectification' } },
  details: {
    caseId: { zh: '办件', en: 'Case' },
    caseNumber: { zh: '受理编号', en: 'Case number' },
    grade: { zh: '评价等级', en: 'Grade', values: GRADE_LABELS },
    channel: { zh: '评价渠道', en: 'Channel', values: CHANNEL_LABELS },
    byProxy: { zh: '代评', en: 'By proxy' },
    comment: { zh: '评语', en: 'Comment' },
    dueDate: { zh: '整改期限', en: 'Due' },
    responsibleUnitName: { zh: '责任单位', en: 'Responsible unit' },
    to: { zh: '新状态', en: 'To', values: STATE_LABELS },
    finding: { zh: '核实情况', en: 'Finding' },
    measures: { zh: '整改措施', en: 'Measures' },
    outcome: { zh: '回访情况', en: 'Callback' },
    applicantAnswer: { zh: '群众意见', en: 'Applicant’s answer', values: ANSWERS },
    reviewNote: { zh: '复核意见', en: 'Review' },
    badGrades: { zh: '差评等级', en: 'Bad grades' },
    rectificationWorkingDays: { zh: '整改期限（工作日）', en: 'Rectification deadline (working days)' },
    anonymousBadOpensRectification: { zh: '匿名差评转整改', en: 'Anonymous bad ratings open a rectification' },
  },
};

export const evaluationAudit = auditFor('evaluation', EVALUATION_AUDIT_ACTIONS, EVALUATION_AUDIT_VOCABULARY);
