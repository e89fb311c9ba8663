import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { DomainError } from '@county/tenancy';
import { canonicalContent } from '../content/canonical-content';
import { MatterContent } from '../content/matter-content';
import { checkFees } from '../rules/fees';
import { checkMaterials } from '../rules/materials';
import { checkPhones } from '../rules/phones';
import { checkTiers } from '../rules/tiers';
import { checkTimeLimits } from '../rules/time-limits';
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

/** Which cell a rule of rules/*.ts is about. */
const RULE_FIELD: Record<string, (e: DomainError) => string[]> = {
  PROMISED_EXCEEDS_STATUTORY: () => ['promisedDays'],
  ON_THE_SPOT_MUST_BE_ZERO: () => ['promisedDays'],
  STEPS_EXCEED_PROMISED: () => ['steps', '0', 'days'],
  NATURAL_CAP_BELOW_PROMISED: () => ['naturalDayCap'],
  DECIDING_TIER_BELOW_ACCEPTING: () => ['decidingTier'],
  REPORTED_MUST_DECIDE_ABOVE: () => ['decidingTier'],
  MATERIALS_REQUIRED: () => ['materials'],
  PHONE_INVALID: (e) => [String(e.details.field)],
};

/**
 * The same checks as the API: class-validator on the input type, then every rule of the
 * content — each run on its own so one file reports every broken row, not just the first.
 */
export function checkParsedMatter(p: ParsedMatter): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const add = (path: string[], e: DomainError) => {
    const at = locate(p, path);
    issues.push(issueOf(at.sheet, at.row, at.column, p.code, e));
  };
  const invalid = flatten(validateSync(plainToInstance(MatterContent, p.content), { forbidUnknownValues: false }));
  for (const f of invalid) add(f.path, ImportError.Invalid([`${f.path.join('.')}（${f.rules.join('、')}）`]));
  if (invalid.length) return issues;

  const c = canonicalContent(p.content);
  const rule = (check: () => void, path?: string[]) => {
    try {
      check();
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      add(path ?? RULE_FIELD[e.code]?.(e) ?? ['implementationCode'], e);
    }
  };
  rule(() => checkTimeLimits(c));
  rule(() => checkTiers(c));
  c.fees.forEach((fee, i) => rule(() => checkFees([fee]), ['fees', String(i), 'basis']));
  if (c.materials.length === 0) rule(() => checkMaterials([]));
  const kept: typeof c.materials = [];
  c.materials.forEach((m, i) => rule(() => (checkMaterials([...kept, m]), kept.push(m)), ['materials', String(i), 'name']));
  rule(() => checkPhones({ consultPhone: c.consultPhone }));
  rule(() => checkPhones({ supervisionPhone: c.supervisionPhone }));
  return issues;
}
