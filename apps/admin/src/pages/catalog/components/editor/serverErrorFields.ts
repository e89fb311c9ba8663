import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Language, Translate } from '../../../../i18n/i18n';

export type SectionKey = 'materials' | 'steps' | 'legalBasis' | 'tiers';

export interface FieldError {
  name: (string | number)[];
  errors: string[];
}

/** One problem the server found, with the label of the field it concerns as the form shows it. */
export interface Problem {
  name: (string | number)[] | null;
  label: string | null;
  message: string;
}

export interface EditorErrors {
  fields: FieldError[];
  sections: Partial<Record<SectionKey, string>>;
  problems: Problem[];
}

/** The first coded GraphQL error with its details (fee name, phone field …), if the server sent one. */
export function codedDetails(error: unknown): { code: string; details: Record<string, unknown> } | null {
  if (!CombinedGraphQLErrors.is(error) || error.errors.length === 0) return null;
  const extensions = error.errors[0].extensions ?? {};
  const code = extensions['code'];
  return typeof code === 'string' ? { code, details: extensions } : null;
}

/** Lists whose rows are edited in a table: a problem with the whole list shows above the table. */
const SECTIONS: Record<string, SectionKey> = { materials: 'materials', steps: 'steps', legalBasis: 'legalBasis' };
/** Where a list row's column labels live in the messages. */
const ROW_LABELS: Record<string, string> = { materials: 'material', steps: 'step', fees: 'fee', legalBasis: 'basis' };

/** What a class-validator rule means, said the way the form says it. */
function ruleMessage(rules: string[], t: Translate): string {
  const rule = rules[0] ?? '';
  if (/isNotEmpty|arrayNotEmpty|arrayMinSize|isDefined/.test(rule)) return t('editor.required');
  if (/isLength|minLength|maxLength|arrayMaxSize/.test(rule)) return t('form.length');
  if (/isInt|isNumber/.test(rule)) return t('form.wholeNumber');
  if (rule === 'min') return t('form.notNegative');
  if (rule === 'max') return t('form.tooLarge');
  if (/isEnum|isIn|isUUID/.test(rule)) return t('form.choose');
  return t('form.format');
}

function pathOf(field: unknown): (string | number)[] | null {
  if (typeof field !== 'string' || !field) return null;
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** 承诺时限, or 申请材料第 2 行 · 材料名称: the label a person finds on the page. */
export function fieldLabel(name: (string | number)[], t: Translate): string {
  const [top, row, column] = name;
  const key = (k: string) => {
    // An unknown key has no message: the caller falls back to the next label.
    const text: unknown = t(k as Parameters<Translate>[0]);
    return typeof text === 'string' ? text : null;
  };
  const section = key(`editor.section.${top}`) ?? key(`matter.${top}`) ?? String(top);
  if (typeof row !== 'number') return key(`matter.${top}`) ?? section;
  const columnLabel = column === undefined ? '' : (key(`${ROW_LABELS[top as string] ?? top}.${column}`) ?? String(column));
  return t('editor.rowField', { section, row: row + 1, field: columnLabel }).replace(/ · $/, '');
}

/** Every problem of a refused save: all the rule violations, or every field the input check named. */
function problemsOf(error: unknown, language: Language, t: Translate): { name: (string | number)[] | null; message: string }[] {
  if (!CombinedGraphQLErrors.is(error) || error.errors.length === 0) return [];
  const [first] = error.errors;
  const ext = (first.extensions ?? {}) as Record<string, unknown>;
  const text = (zh: unknown, en: unknown) => String((language === 'en-US' ? en : zh) ?? (language === 'en-US' ? zh : en) ?? first.message);
  const violations = ext['violations'] as { field: string | null; messageZh: string; messageEn: string }[] | undefined;
  if (Array.isArray(violations) && violations.length) return violations.map((v) => ({ name: pathOf(v.field), message: text(v.messageZh, v.messageEn) }));
  const fields = ext['fields'] as { field: string; rules: string[] }[] | undefined;
  if (ext['code'] === 'INVALID_INPUT' && Array.isArray(fields)) return fields.map((f) => ({ name: pathOf(f.field), message: ruleMessage(f.rules, t) }));
  return [{ name: pathOf(ext['field']), message: text(ext['messageZh'], ext['messageEn']) }];
}

/**
 * Where each problem of a refused save belongs on the editor: beside the field or table cell it
 * concerns, or above the table when it is about a whole list; every one also in the summary,
 * under the field's label. Problems the form has no place for only show in the summary.
 */
export function editorErrors(error: unknown, language: Language, t: Translate): EditorErrors {
  const placed: EditorErrors = { fields: [], sections: {}, problems: [] };
  for (const problem of problemsOf(error, language, t)) {
    const name = problem.name;
    placed.problems.push({ name, label: name ? fieldLabel(name, t) : null, message: problem.message });
    if (!name) continue;
    const section = name.length === 1 ? SECTIONS[String(name[0])] : undefined;
    if (section) {
      placed.sections[section] = placed.sections[section] ? `${placed.sections[section]}；${problem.message}` : problem.message;
      continue;
    }
    const same = placed.fields.find((f) => f.name.join('.') === name.join('.'));
    if (same) same.errors.push(problem.message);
    else placed.fields.push({ name, errors: [problem.message] });
  }
  return placed;
}
