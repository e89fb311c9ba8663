import { isDeepStrictEqual } from 'node:util';
import { EntityManager } from 'typeorm';
import { DomainError } from '@county/tenancy';
import { CatalogError } from '../catalog.errors';
import { canonicalContent } from '../content/canonical-content';
import { CatalogActor, insertMatterDraft, openMatterDraft, saveMatterDraft } from '../matter-writes';
import { CODE_HEADER, MATTER_SHEET } from './catalog-sheets';
import { ParsedMatter } from './catalog-parse';
import { ExistingMatter } from './catalog-excel-reads';
import { ImportIssue, issueOf } from './import-issue';

export type ImportMode = 'all' | 'valid';
export type ImportAction = 'created' | 'updated' | 'unchanged' | 'rejected';

export interface ImportReport {
  mode: ImportMode;
  /** true for a preview: every count is what the import would do, and nothing was written */
  preview: boolean;
  /** false when nothing was written (a preview, or mode all with any error) */
  imported: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  matters: { implementationCode: string; name: string; action: ImportAction; matterId: string | null }[];
  errors: ImportIssue[];
}

/** Codes identify a published matter; a retired one can no longer be edited. */
export function checkAgainstExisting(p: ParsedMatter, existing: ExistingMatter | undefined): ImportIssue[] {
  if (!existing) return [];
  const at = (column: string, e: DomainError) => [issueOf(MATTER_SHEET.name, p.row, column, p.code, e)];
  if (existing.retired) return at(CODE_HEADER, CatalogError.MatterRetired());
  if (existing.published && existing.basicCode !== p.content.basicCode?.trim()) return at('基本编码', CatalogError.MatterCodeFixed());
  return [];
}

/**
 * Writes one matter as a draft through the catalog's own writes (so every rule holds):
 * a new code creates a matter, a draft is saved over, a published matter gets a new draft.
 * A row equal to the matter's newest version (draft, else published) writes nothing, so
 * re-importing an export does not fill the catalog with drafts identical to what is published.
 */
export async function writeMatter(
  m: EntityManager,
  tenantId: string,
  actor: CatalogActor,
  p: ParsedMatter,
  existing: ExistingMatter | undefined,
): Promise<{ action: ImportAction; matterId: string }> {
  if (!existing) return { action: 'created', matterId: await insertMatterDraft(m, tenantId, actor, p.content) };
  if (isDeepStrictEqual(canonicalContent(p.content), canonicalContent(existing.head.content))) return { action: 'unchanged', matterId: existing.id };
  if (existing.head.status === 'published') await openMatterDraft(m, tenantId, existing.id);
  await saveMatterDraft(m, existing.id, p.content);
  return { action: 'updated', matterId: existing.id };
}

/**
 * mode all: one transaction, nothing is written when any row is wrong.
 * mode valid: each good matter is written under its own savepoint; bad ones are reported.
 */
export async function applyImport(
  m: EntityManager,
  tenantId: string,
  actor: CatalogActor,
  mode: ImportMode,
  good: ParsedMatter[],
  existing: Map<string, ExistingMatter>,
  errors: ImportIssue[],
): Promise<ImportReport> {
  const report: ImportReport = { mode, preview: false, imported: false, created: 0, updated: 0, unchanged: 0, rejected: 0, matters: [], errors };
  const badCodes = new Set(errors.map((e) => e.implementationCode).filter((c): c is string => !!c));
  if (mode === 'all' && errors.length) return finish(report, good, badCodes);
  for (const p of good) {
    if (badCodes.has(p.code)) continue;
    await m.query('SAVEPOINT import_matter');
    try {
      const { action, matterId } = await writeMatter(m, tenantId, actor, p, existing.get(p.code));
      await m.query('RELEASE SAVEPOINT import_matter');
      report[action]++;
      report.matters.push({ implementationCode: p.code, name: p.content.name, action, matterId });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      await m.query('ROLLBACK TO SAVEPOINT import_matter');
      errors.push(issueOf(MATTER_SHEET.name, p.row, CODE_HEADER, p.code, e));
      badCodes.add(p.code);
      if (mode === 'all') throw new ImportRolledBack(finish(report, good, badCodes));
    }
  }
  report.imported = true;
  return finish(report, good, badCodes);
}

function finish(report: ImportReport, good: ParsedMatter[], badCodes: Set<string>): ImportReport {
  if (report.mode === 'all' && report.errors.length) {
    report.created = report.updated = report.unchanged = 0;
    report.matters = [];
    report.imported = false;
  }
  const listed = new Set(report.matters.map((x) => x.implementationCode));
  for (const code of badCodes) {
    if (listed.has(code)) continue;
    const p = good.find((g) => g.code === code);
    report.matters.push({ implementationCode: code, name: p?.content.name ?? '', action: 'rejected', matterId: null });
  }
  report.rejected = report.matters.filter((x) => x.action === 'rejected').length;
  return report;
}

/** Thrown inside the transaction so that it rolls back, carrying the report out. */
export class ImportRolledBack extends Error {
  constructor(readonly report: ImportReport) {
    super('import rolled back');
  }
}
