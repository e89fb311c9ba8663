import { defineErrors } from '../errors/error-catalog';

export const AUDIT_EXPORT_LIMIT = 50_000;

/** The audit log's coded errors: filters that cannot be answered, an export too large. */
export const AuditError = defineErrors('audit', {
  UnknownAction: {
    code: 'AUDIT_ACTION_UNKNOWN',
    kind: 'invalid',
    zh: (action: string) => `没有这种审计操作：${action}`,
    en: (action: string) => `No audit action is called ${action}`,
    field: ['filter', 'actions'],
    details: (action: string) => ({ action }),
  },
  DateInvalid: {
    code: 'AUDIT_DATE_INVALID',
    kind: 'invalid',
    zh: (value: string, _name: string) => `日期须为 YYYY-MM-DD 格式的真实日期（收到 ${value}）`,
    en: (value: string) => `A date must be a real date as YYYY-MM-DD (got ${value})`,
    field: (_value: string, name: string) => ['filter', name],
    details: (value: string, name: string) => ({ value, field: name }),
  },
  RangeInvalid: {
    code: 'AUDIT_RANGE_INVALID',
    kind: 'invalid',
    zh: (from: string, to: string) => `起始日期 ${from} 晚于截止日期 ${to}`,
    en: (from: string, to: string) => `The start date ${from} is after the end date ${to}`,
    field: ['filter', 'from'],
    details: (from: string, to: string) => ({ from, to }),
  },
  ActorInvalid: {
    code: 'AUDIT_ACTOR_INVALID',
    kind: 'invalid',
    zh: '操作人编号无效',
    en: 'The actor id is not valid',
    field: ['filter', 'actorId'],
  },
  SubjectIncomplete: {
    code: 'AUDIT_SUBJECT_INCOMPLETE',
    kind: 'invalid',
    zh: '按对象编号筛选须同时给出对象类型',
    en: 'Filtering by subject id needs the subject type too',
    field: ['filter', 'subjectType'],
  },
  ExportTooLarge: {
    code: 'AUDIT_EXPORT_TOO_LARGE',
    kind: 'limit',
    zh: (rows: number) => `符合条件的日志有 ${rows} 条，一次最多导出 ${AUDIT_EXPORT_LIMIT} 条，请缩小日期范围`,
    en: (rows: number) => `${rows} entries match; at most ${AUDIT_EXPORT_LIMIT} can be exported at once. Narrow the dates`,
    details: (rows: number) => ({ rows, max: AUDIT_EXPORT_LIMIT }),
  },
});
