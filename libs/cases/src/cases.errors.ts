import { CodesOf, defineErrors } from '@county/tenancy';
import { FIRST_YEAR, LAST_YEAR } from './calendar/civil-date';
import { MAX_NATURAL_DAYS, MAX_WORKING_DAYS } from './calendar/working-calendar';
import { CASE_ACTION_LABELS, CASE_STATE_LABELS } from './case/case-labels';
import type { CaseAction } from './case/case-process';
import type { CaseState } from './case/case-state';
import { CASE_FIELD_LABELS } from './case/case-labels';
import { CASE_DOCUMENT_TITLES, type CaseDocument } from './case/case-documents';
import { ResidentIdProblem } from './applicants/resident-id';
import { CreditCodeProblem } from './applicants/credit-code';
import { CASE_FEE_ERRORS } from './fees/case-fee.errors';
import { MATERIAL_FILE_ERRORS } from './materials/material-file.errors';
import { PROXY_CONSENT_ERRORS } from './consents/proxy-consent.errors';

const RESIDENT_ID_PROBLEMS: Record<ResidentIdProblem, { zh: string; en: string }> = {
  length: { zh: '应为 18 位', en: 'it must have 18 characters' },
  format: { zh: '前 17 位应为数字，末位为数字或 X', en: 'the first 17 must be digits and the last a digit or X' },
  division: { zh: '前 6 位不是有效的行政区划代码', en: 'the first 6 digits are not a division code' },
  birth_date: { zh: '出生日期不是有效日期或晚于今天', en: 'the birth date inside is not a real date or lies in the future' },
  check_digit: { zh: '校验码不符', en: 'the check character does not match' },
};

const CREDIT_CODE_PROBLEMS: Record<CreditCodeProblem, { zh: string; en: string }> = {
  length: { zh: '应为 18 位', en: 'it must have 18 characters' },
  format: { zh: '只能由数字和除 I、O、Z、S、V 以外的大写字母组成', en: 'only digits and capitals other than I, O, Z, S, V are allowed' },
  check_digit: { zh: '校验码不符', en: 'the check character does not match' },
};

/** Coded errors of the cases domain. Codes are stable: clients and tests rely on them. */
export const CasesError = defineErrors('cases', {
  DateInvalid: {
    code: 'DATE_INVALID',
    kind: 'invalid',
    zh: (value: string) => `“${value}”不是 ${FIRST_YEAR}–${LAST_YEAR} 年间的有效日期（格式 YYYY-MM-DD）`,
    en: (value: string) => `“${value}” is not a valid date between ${FIRST_YEAR} and ${LAST_YEAR} (YYYY-MM-DD)`,
    details: (value: string) => ({ value }),
  },
  WorkingDaysOutOfRange: {
    code: 'WORKING_DAYS_OUT_OF_RANGE',
    kind: 'invalid',
    zh: (value: number) => `工作日数须为 0–${MAX_WORKING_DAYS} 的整数（收到 ${value}）`,
    en: (value: number) => `The number of working days must be a whole number from 0 to ${MAX_WORKING_DAYS} (got ${value})`,
    details: (value: number) => ({ value, max: MAX_WORKING_DAYS }),
  },
  NaturalDaysOutOfRange: {
    code: 'NATURAL_DAYS_OUT_OF_RANGE',
    kind: 'invalid',
    zh: (value: number) => `自然日上限须为 1–${MAX_NATURAL_DAYS} 的整数（收到 ${value}）`,
    en: (value: number) => `The natural-day cap must be a whole number from 1 to ${MAX_NATURAL_DAYS} (got ${value})`,
    details: (value: number) => ({ value, max: MAX_NATURAL_DAYS }),
  },
  CalendarDayInvalid: {
    code: 'CALENDAR_DAY_INVALID',
    kind: 'invalid',
    zh: '节假日或调休上班日须写明名称（1–20 个字）',
    en: 'A holiday or a worked day needs a name of 1–20 characters',
    field: ['name'],
  },
  CalendarDayNotSet: {
    code: 'NOT_FOUND',
    kind: 'not_found',
    zh: (date: string) => `本县未设置 ${date} 这一天`,
    en: (date: string) => `The county has set nothing for ${date}`,
    details: (date: string) => ({ date }),
  },
  CalendarYearNational: {
    code: 'CALENDAR_YEAR_NATIONAL',
    kind: 'conflict',
    zh: (year: number) => `${year} 年的节假日安排已随国务院通知内置，无需确认；个别日子可按本县情况另行设置`,
    en: (year: number) => `The ${year} arrangement ships with the State Council’s notice and needs no confirmation; single days can still be set for the county`,
    details: (year: number) => ({ year }),
  },
  ProgressNotFound: {
    code: 'NOT_FOUND',
    kind: 'not_found',
    zh: '未查到该办件：请核对受理编号和查询码（见受理通知书）',
    en: 'No case matches: check the case number and the verification code on the receipt',
  },
  DocumentUnavailable: {
    code: 'CASE_DOCUMENT_UNAVAILABLE',
    kind: 'conflict',
    zh: (document: string) => `该办件没有“${CASE_DOCUMENT_TITLES[document as CaseDocument] ?? document}”：受理后才有受理通知书，要求补正后才有补正材料通知书，不予受理后才有不予受理通知书，作出决定后才有办理结果通知书`,
    en: (document: string) => `The case has no “${document}” notice yet: a receipt comes with acceptance, a supplement notice with a supplement request, a refusal notice with a refusal, a decision notice with the decision`,
    details: (document: string) => ({ document }),
  },
  CaseNotFound: {
    code: 'NOT_FOUND',
    kind: 'not_found',
    zh: (id: string) => `未找到办件（${id}）`,
    en: (id: string) => `Case ${id} was not found`,
    details: (id: string) => ({ id }),
  },
  UnitNotFound: {
    code: 'NOT_FOUND',
    kind: 'not_found',
    zh: (id: string) => `未找到受理单位（${id}）`,
    en: (id: string) => `The accepting unit ${id} was not found`,
    details: (id: string) => ({ id }),
  },
  MatterNotAcceptedHere: {
    code: 'MATTER_NOT_ACCEPTED_HERE',
    kind: 'conflict',
    zh: (unit: string) => `该事项现不在${unit}受理（未施行、已取消，或受理层级不含此级）`,
    en: (unit: string) => `The matter is not accepted at ${unit} now (not in force, retired, or not accepted at this tier)`,
    details: (unit: string) => ({ unit }),
  },
  CaseInputInvalid: {
    code: 'CASE_INPUT_INVALID',
    kind: 'invalid',
    zh: (field: string, rule: string, _ruleEn: string) => `${CASE_FIELD_LABELS[field]?.zh ?? field}填写有误：${rule}`,
    en: (field: string, rule: string, ruleEn: string) => `${CASE_FIELD_LABELS[field]?.en ?? field}: ${ruleEn || rule}`,
    field: (field: string, _rule: string, _ruleEn: string) => [field],
    details: (field: string, _rule: string, _ruleEn: string) => ({ field }),
  },
  IdempotencyKeyInvalid: {
    code: 'IDEMPOTENCY_KEY_INVALID',
    kind: 'invalid',
    zh: '幂等键须为 8–100 个字母、数字、- 或 _（每次提交在设备上生成一次，重试时原样带上）',
    en: 'An idempotency key is 8–100 letters, digits, - or _ (made once per submission on the device and sent again on every retry)',
    field: ['idempotencyKey'],
  },
  IdempotencyKeyReused: {
    code: 'IDEMPOTENCY_KEY_REUSED',
    kind: 'conflict',
    zh: '该幂等键已用于另一内容不同的请求；重试须与首次请求完全相同',
    en: 'This idempotency key was used for a different request; a retry must repeat the first request exactly',
    field: ['idempotencyKey'],
  },
  IllegalMove: {
    code: 'CASE_ILLEGAL_MOVE',
    kind: 'conflict',
    zh: (state: CaseState, action: CaseAction) => `办件${CASE_STATE_LABELS[state]?.zh ?? state}，不能${CASE_ACTION_LABELS[action]?.zh ?? action}`,
    en: (state: CaseState, action: CaseAction) => `A case that is ${CASE_STATE_LABELS[state]?.en.toLowerCase() ?? state} cannot be moved by “${CASE_ACTION_LABELS[action]?.en ?? action}”`,
    details: (state: CaseState, action: CaseAction) => ({ state, action }),
  },
  CaseRulesNotFound: {
    code: 'NOT_FOUND',
    kind: 'not_found',
    zh: '本县未设置办件规则',
    en: 'The county has set no case rules',
  },
  NotDeemedApproved: {
    code: 'CASE_NOT_DEEMED_APPROVED',
    kind: 'conflict',
    zh: (due: string | null) => (due ? `本件不适用超时默许，或尚未超过办理期限（${due}）` : '本件不适用超时默许'),
    en: (due: string | null) => (due ? `Silence does not approve this case, or its limit (${due}) has not passed` : 'Silence does not approve this case'),
    details: (due: string | null) => ({ dueDate: due }),
  },
  GreenChannelNotEligible: {
    code: 'GREEN_CHANNEL_NOT_ELIGIBLE',
    kind: 'invalid',
    zh: (min: number, given: number) => `绿色通道仅适用于投资 ${min} 万元以上的项目（本项目 ${given} 万元）`,
    en: (min: number, given: number) => `The green channel is for projects investing at least ${min} (10,000 yuan) (this one: ${given})`,
    field: ['investmentWan'],
    details: (min: number, given: number) => ({ min, given }),
  },
  SupplementAlreadyRequested: {
    code: 'SUPPLEMENT_ALREADY_REQUESTED',
    kind: 'conflict',
    zh: '本件已一次性告知过补正，不能再次要求补正',
    en: 'A supplement was already requested for this case; it may be requested only once',
  },
  CalendarYearNotConfirmed: {
    code: 'CALENDAR_YEAR_NOT_CONFIRMED',
    kind: 'conflict',
    zh: (year: number) => `${year} 年的节假日安排尚未确认，无需撤销确认`,
    en: (year: number) => `The ${year} arrangement is not confirmed, so there is nothing to reopen`,
    details: (year: number) => ({ year }),
  },
  ResidentIdInvalid: {
    code: 'RESIDENT_ID_INVALID',
    kind: 'invalid',
    zh: (problem: ResidentIdProblem) => `身份证号码有误：${RESIDENT_ID_PROBLEMS[problem]?.zh ?? problem}`,
    en: (problem: ResidentIdProblem) => `The resident ID number is not valid: ${RESIDENT_ID_PROBLEMS[problem]?.en ?? problem}`,
    field: ['idNumber'],
    details: (problem: ResidentIdProblem) => ({ problem }),
  },
  CreditCodeInvalid: {
    code: 'CREDIT_CODE_INVALID',
    kind: 'invalid',
    zh: (problem: CreditCodeProblem) => `统一社会信用代码有误：${CREDIT_CODE_PROBLEMS[problem]?.zh ?? problem}`,
    en: (problem: CreditCodeProblem) => `The unified social credit code is not valid: ${CREDIT_CODE_PROBLEMS[problem]?.en ?? problem}`,
    field: ['idNumber'],
    details: (problem: CreditCodeProblem) => ({ problem }),
  },
  PhoneInvalid: {
    code: 'PHONE_INVALID',
    kind: 'invalid',
    zh: (phone: string) => `“${phone}”不是有效的电话号码（手机号 11 位，或区号-号码如 0915-5212345）`,
    en: (phone: string) => `“${phone}” is not a phone number (an 11-digit mobile, or area code and number such as 0915-5212345)`,
    field: ['phone'],
    details: (phone: string) => ({ phone }),
  },
  ApplicantInvalid: {
    code: 'APPLICANT_INVALID',
    kind: 'invalid',
    zh: (field: string, zh: string, _en: string) => `申请人信息有误（${field}）：${zh}`,
    en: (field: string, _zh: string, en: string) => `The applicant’s ${field} is not valid: ${en}`,
    field: (field: string) => [field],
    details: (field: string) => ({ field }),
  },
  ApplicantDuplicate: {
    code: 'APPLICANT_DUPLICATE',
    kind: 'conflict',
    zh: (_applicantId: string | null) => '本县已登记持此证件号码的申请人，请查找后使用（代办员可凭此号码为其登记委托书）',
    en: (_applicantId: string | null) => 'An applicant with this ID number is already registered in the county: search for them instead (an agent may record his consent by this number)',
    // Named to whoever could place him (she holds his ID card): an agent then records his consent.
    details: (applicantId: string | null) => (applicantId ? { applicantId } : {}),
    field: ['idNumber'],
  },
  ApplicantNotFound: {
    code: 'NOT_FOUND',
    kind: 'not_found',
    zh: (id: string) => `未找到申请人（${id}）`,
    en: (id: string) => `Applicant ${id} was not found`,
    details: (id: string) => ({ id }),
  },
  CaseTaskNotFound: {
    code: 'NOT_FOUND',
    kind: 'not_found',
    zh: (id: string) => `未找到联办任务（${id}）`,
    en: (id: string) => `Joint task ${id} was not found`,
    details: (id: string) => ({ id }),
  },
  CaseTasksOpen: {
    code: 'CASE_TASKS_OPEN',
    kind: 'conflict',
    zh: (departments: string[]) => `联办部门尚未全部出具意见，暂不能作出决定：${departments.join('、')}`,
    en: (departments: string[]) => `Not every joint department has given its opinion yet: ${departments.join(', ')}`,
    details: (departments: string[]) => ({ departments }),
  },
  CaseTaskDisagreed: {
    code: 'CASE_TASK_DISAGREED',
    kind: 'conflict',
    zh: (departments: string[]) => `联办部门不同意，不能作出准予决定（可作出不予决定）：${departments.join('、')}`,
    en: (departments: string[]) => `A joint department disagrees, so the case cannot be approved (it may be rejected): ${departments.join(', ')}`,
    details: (departments: string[]) => ({ departments }),
  },
  CaseTaskAnswered: {
    code: 'CASE_TASK_ANSWERED',
    kind: 'conflict',
    zh: (department: string) => `${department}已出具意见，不能再次出具`,
    en: (department: string) => `${department} has already given its opinion`,
    details: (department: string) => ({ department }),
  },
  CaseTaskNotOpen: {
    code: 'CASE_TASK_NOT_OPEN',
    kind: 'conflict',
    zh: (state: CaseState) => `办件${CASE_STATE_LABELS[state]?.zh ?? state}，联办部门不能再出具意见`,
    en: (state: CaseState) => `The case is ${CASE_STATE_LABELS[state]?.en.toLowerCase() ?? state}; joint departments can no longer give opinions`,
    details: (state: CaseState) => ({ state }),
  },
  SurveyAlreadyHeld: {
    code: 'CASE_SURVEY_ALREADY_HELD',
    kind: 'conflict',
    zh: '本件已组织过联合踏勘：一次踏勘服务全部联办部门，不再另行踏勘',
    en: 'A joint site survey was already held for this case; one survey serves every joint department',
  },
  SupervisorDecided: {
    code: 'CASE_SUPERVISOR_DECIDED',
    kind: 'forbidden',
    zh: '审管分离：作出该决定的人员不能监管本件',
    en: 'Separation of approval and supervision: the person who decided this case may not supervise it',
  },
  ...CASE_FEE_ERRORS,
  ...MATERIAL_FILE_ERRORS,
  ...PROXY_CONSENT_ERRORS,
});

export type CasesErrorCode = CodesOf<typeof CasesError>;
