import { AuditVocabulary, auditFor } from '@county/tenancy';

/** What the cases library records on the audit chain. */
export const CASES_AUDIT_ACTIONS = ['calendar_day_set', 'calendar_day_cleared', 'calendar_year_confirmed', 'calendar_year_reopened', 'applicant_registered', 'applicant_updated', 'applicant_id_revealed'] as const;

export type CasesAuditAction = (typeof CASES_AUDIT_ACTIONS)[number];

const DAY_KINDS = { holiday: { zh: '放假', en: 'Day off' }, workday: { zh: '上班', en: 'Working day' } };

/** How the cases library's entries read in the audit log and its export. */
export const CASES_AUDIT_VOCABULARY: AuditVocabulary<CasesAuditAction> = {
  library: { zh: '办件', en: 'Cases' },
  actions: {
    calendar_day_set: { zh: '设置节假日或调休', en: 'Calendar day set' },
    calendar_day_cleared: { zh: '取消本县设置的日子', en: 'Calendar day cleared' },
    calendar_year_confirmed: { zh: '确认全年节假日安排', en: 'Year’s arrangement confirmed' },
    calendar_year_reopened: { zh: '撤销全年节假日安排确认', en: 'Year’s arrangement reopened' },
    applicant_registered: { zh: '登记申请人', en: 'Applicant registered' },
    applicant_updated: { zh: '修改申请人信息', en: 'Applicant updated' },
    applicant_id_revealed: { zh: '查看完整证件号码', en: 'Full ID number viewed' },
  },
  subjects: { WorkingCalendar: { zh: '工作日历', en: 'Working calendar' }, Applicant: { zh: '申请人', en: 'Applicant' } },
  details: {
    date: { zh: '日期', en: 'Date' },
    year: { zh: '年份', en: 'Year' },
    name: { zh: '名称', en: 'Name' },
    kind: { zh: '类别', en: 'Kind', values: DAY_KINDS },
    before: { zh: '改前', en: 'Before' },
    days: { zh: '本县设置的天数', en: 'Days set by the county' },
    applicantKind: { zh: '申请人类别', en: 'Applicant kind', values: { person: { zh: '个人', en: 'Person' }, organization: { zh: '单位', en: 'Organization' } } },
    idNumberMasked: { zh: '证件号码（脱敏）', en: 'ID number (masked)' },
    changed: { zh: '修改项', en: 'Changed' },
  },
};

export const casesAudit = auditFor('cases', CASES_AUDIT_ACTIONS, CASES_AUDIT_VOCABULARY);
