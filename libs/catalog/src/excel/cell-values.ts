import { CellValue } from 'exceljs';
import { DomainError } from '@county/tenancy';
import { NO, YES } from '../content/enum-labels';
import { ColumnSpec, LIST_SEPARATOR } from './catalog-sheets';
import { ImportError } from './import-issue';

/** Departments of the county, both ways: ids are what content stores, names what people type. */
export interface DepartmentNames {
  nameOf: Map<string, string>;
  idOf: Map<string, string>;
}

/** A value of MatterContent as a cell: labels instead of enum values and ids; lists joined with 、. */
export function toCell(value: unknown, col: ColumnSpec, depts: DepartmentNames): string | number | null {
  switch (col.kind) {
    case 'int':
    case 'optInt':
      return value == null ? null : Number(value);
    case 'bool':
      return value ? YES : NO;
    case 'enum':
      return col.labels![value as string] ?? String(value);
    case 'enumList':
      return (value as string[]).map((v) => col.labels![v] ?? v).join(LIST_SEPARATOR);
    case 'textList':
      return (value as string[]).join(LIST_SEPARATOR);
    case 'department':
      return depts.nameOf.get(value as string) ?? String(value);
    case 'departmentList':
      return (value as string[]).map((id) => depts.nameOf.get(id) ?? id).join(LIST_SEPARATOR);
    default:
      return value == null ? '' : String(value);
  }
}

/**
 * A formula Excel never computed (a file written by a script, not saved in Excel) carries no
 * value: importing it would store the formula object, so the import refuses it.
 */
export function isFormulaWithoutValue(value: CellValue): boolean {
  if (value == null || typeof value !== 'object' || value instanceof Date) return false;
  const v = value as { formula?: unknown; sharedFormula?: unknown; result?: unknown };
  return (v.formula !== undefined || v.sharedFormula !== undefined) && v.result == null;
}

/** Whatever Excel gives back (numbers, rich text, formulas, hyperlinks) as plain text. */
export function cellText(value: CellValue): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: CellValue; text?: CellValue };
    if (Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellText(v.result ?? null);
    if ('text' in v) return cellText(v.text ?? null);
    return '';
  }
  return String(value);
}

type Parsed = { value: unknown } | { error: DomainError };

const split = (s: string) =>
  s
    .split(/[、，,;；\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

function label(text: string, col: ColumnSpec): Parsed {
  const found = Object.entries(col.labels!).find(([value, l]) => l === text || value === text);
  const allowed = Object.values(col.labels!).join('、');
  return found ? { value: found[0] } : { error: ImportError.ValueInvalid(text, `以下之一：${allowed}`, `one of ${allowed}`) };
}

/** A cell back to a value of MatterContent; errors name what was expected. */
export function fromCell(raw: CellValue, col: ColumnSpec, depts: DepartmentNames): Parsed {
  const text = cellText(raw).trim();
  switch (col.kind) {
    case 'int':
    case 'optInt': {
      if (!text) return col.kind === 'optInt' ? { value: null } : { error: ImportError.ValueRequired() };
      return /^\d+$/.test(text) ? { value: Number(text) } : { error: ImportError.ValueInvalid(text, '非负整数', 'a whole number') };
    }
    case 'bool':
      if (text === YES) return { value: true };
      if (text === NO) return { value: false };
      return { error: text ? ImportError.ValueInvalid(text, '“是”或“否”', '是 or 否') : ImportError.ValueRequired() };
    case 'enum':
      return text ? label(text, col) : { error: ImportError.ValueRequired() };
    case 'enumList': {
      const values: string[] = [];
      for (const item of split(text)) {
        const p = label(item, col);
        if ('error' in p) return p;
        values.push(p.value as string);
      }
      return { value: values };
    }
    case 'textList':
      return { value: split(text) };
    case 'department': {
      if (!text) return { error: ImportError.ValueRequired() };
      const id = depts.idOf.get(text);
      return id ? { value: id } : { error: ImportError.DepartmentUnknown(text) };
    }
    case 'departmentList': {
      const ids: string[] = [];
      for (const name of split(text)) {
        const id = depts.idOf.get(name);
        if (!id) return { error: ImportError.DepartmentUnknown(name) };
        ids.push(id);
      }
      return { value: ids };
    }
    case 'optText':
      return { value: text || null };
    default:
      return { value: cellText(raw) };
  }
}
