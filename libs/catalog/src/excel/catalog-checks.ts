import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { DomainError } from '@county/tenancy';
import { canonicalContent } from '../content/canonical-content';
import { MatterContent } from '../content/matter-content';
import { matterViolations } from '../rules/matter-rules';
import { LIST_SHEETS, MATTER_SHEET } from './catalog-sheets';
import { ImportError, ImportIssue, issueOf } from './import-issue';
import { ParsedMatter } from './catalog-parse';

/** Where a property of the content lives in the workbook. */
function locate(p: ParsedMatter, path: string[]): { sheet: string; row: number; column: string | null } {
  const [field, index, sub] = path;
  const spec = LIST_SHEETS.find((s) => s.list === field);
  if (!spec) return { sheet: MATTER_SHEET.name, row: p.row, column: MATTER_SHEET.columns.find((c) => c.field === field)?.header ?? null };
  const rows = p.itemRows[field] ?? [];
  const i = index !== undefined && /^\d+$/.test(index) ? Number(index) : 0;
  const column = spec.columns.slice(2).find((c) => c.field === (sub ?? ''))?.header ?? spec.columns[2].header;
  return rows[i] !== undefined ? { sheet: spec.name, row: rows[i], column } : { sheet: MATTER_SHEET.name, row: p.row, column: spec.name };
}

function flatten(errors: ValidationError[], prefix: string[] = []): { path: string[]; rules: string[] }[] {
  return errors.flatMap((e) => {
    const path = [...prefix, e.property];
    const own = e.constraints ? [{ path, rules: Object.keys(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/**
 * The same checks as the API: class-validator on the input type, then every rule of the
 * content at once, each violation placed on the cell its field lives in.
 */
export function checkParsedMatter(p: ParsedMatter): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const add = (path: readonly string[], e: DomainError) => {
    const at = locate(p, [...path]);
    issues.push(issueOf(at.sheet, at.row, at.column, p.code, e));
  };
  const invalid = flatten(validateSync(plainToInstance(MatterContent, p.content), { forbidUnknownValues: false }));
  for (const f of invalid) add(f.path, ImportError.Invalid([`${f.path.join('.')}（${f.rules.join('、')}）`]));
  if (invalid.length) return issues;
  for (const e of matterViolations(canonicalContent(p.content))) add(e.field ?? ['implementationCode'], e);
  return issues;
}
