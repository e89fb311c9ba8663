import { CodesOf, defineErrors } from '@county/tenancy';
import { RectificationState, RectificationStep, STATE_LABELS, STEP_LABELS } from './rectification/rectification-process';

const FIELD_LABELS: Record<string, string> = { grade: '评价等级', grades: '评价等级', dimensions: '分项评价', comment: '评语', from: '评价日期', to: '评价日期' };

/** Coded errors of the evaluation domain. Codes are stable: clients and tests rely on them. */
export const EvaluationError = defineErrors('evaluation', {
  CaseNotFound: {
    code: 'NOT_FOUND',
    kind: 'not_found',
    zh: (id: string) => `未找到办件（${id}）`,
    en: (id: string) => `Case ${id} was not found`,
    details: (id: string) => ({ id }),
  },
  PublicCaseNotFound: {
    code: 'NOT_FOUND',
    kind: 'not_found',
    zh: '未查到该办件：请核对受理编号和查询码（见受理通知书）',
    en: 'No case matches: check the case number and the verification code on the receipt',
  },
  CaseNotFinished: {
    code: 'RATING_CASE_NOT_FINISHED',
    kind: 'conflict',
    zh: '办件办结（送达）后才能评价',
    en: 'A case can be rated once it is finished (the result delivered)',
  },
  AlreadyRated: {
    code: 'RATING_ALREADY_GIVEN',
    kind: 'conflict',
    zh: '一事一评：本件已评价过，不能再次评价',
    en: 'One rating per case: this case has already been rated',
  },
  RatingInvalid: {
    code: 'RATING_INPUT_INVALID',
    kind: 'invalid',
    zh: (field: string, zh: string, _en: string) => `评价填写有误（${FIELD_LABELS[field] ?? field}）：${zh}`,
    en: (field: string, _zh: string, en: string) => `The rating’s ${field} is not valid: ${en}`,
    field: (field: string) => [field],
    details: (field: string) => ({ field }),
  },
  RulesInvalid: {
    code: 'EVALUATION_RULES_INVALID',
    kind: 'invalid',
    zh: '差评等级须至少选一项且不能包含“满意”以上等级；整改期限须为 1–60 个工作日',
    en: 'Bad grades must name at least one grade below satisfied; the deadline must be 1–60 working days',
  },
  RectificationNotFound: {
    code: 'NOT_FOUND',
    kind: 'not_found',
    zh: (id: string) => `未找到整改单（${id}）`,
    en: (id: string) => `Rectification ${id} was not found`,
    details: (id: string) => ({ id }),
  },
  RectificationOutOfOrder: {
    code: 'RECTIFICATION_STEP_OUT_OF_ORDER',
    kind: 'conflict',
    zh: (state: RectificationState, step: RectificationStep) => `整改单${STATE_LABELS[state]?.zh ?? state}，不能${STEP_LABELS[step]?.zh ?? step}：须按 核实 → 整改 → 回访 → 复核 的顺序办理`,
    en: (state: RectificationState, step: RectificationStep) => `A rectification that is “${STATE_LABELS[state]?.en ?? state}” cannot ${STEP_LABELS[step]?.en ?? step}: verify, rectify, call back, then close`,
    details: (state: RectificationState, step: RectificationStep) => ({ state, step }),
  },
  StepTextRequired: {
    code: 'RECTIFICATION_TEXT_REQUIRED',
    kind: 'invalid',
    zh: (field: string) => `请填写${field === 'finding' ? '核实情况' : field === 'measures' ? '整改措施' : field === 'outcome' ? '回访情况' : '复核意见'}（1–1000 字）`,
    en: (field: string) => `Write the ${field} (1–1000 characters)`,
    field: (field: string) => [field],
    details: (field: string) => ({ field }),
  },
});

export type EvaluationErrorCode = CodesOf<typeof EvaluationError>;
