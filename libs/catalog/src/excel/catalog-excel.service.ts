import { Injectable } from '@nestjs/common';
import { RequestContext, TenantDatabase } from '@county/tenancy';
import { CatalogActor } from '../matter-writes';
import { catalogWorkbook } from './catalog-export';
import { loadDepartments, loadHeads } from './catalog-excel-reads';
import { checkAgainstExisting, applyImport, ImportMode, ImportReport, ImportRolledBack } from './catalog-import';
import { loadCatalogWorkbook, parseCatalogWorkbook } from './catalog-parse';
import { checkParsedMatter } from './catalog-checks';
import { ImportError } from './import-issue';
import { catalogAudit } from '../catalog.audit';

/** The audit entry of an import: its counts and, for the first 200 matters, what happened to each. */
export function importSummary(report: ImportReport, bytes: number): Record<string, unknown> {
  return {
    mode: report.mode,
    preview: report.preview,
    imported: report.imported,
    bytes,
    created: report.created,
    updated: report.updated,
    unchanged: report.unchanged,
    rejected: report.rejected,
    errors: report.errors.length,
    matters: report.matters.slice(0, 200).map((x) => ({ implementationCode: x.implementationCode, action: x.action })),
  };
}

/** Import and export of the whole catalog as an Excel workbook, for catalog administrators. */
@Injectable()
export class CatalogExcelService {
  constructor(private readonly db: TenantDatabase) {}

  /** Every live matter at its newest version (the draft when there is one), with drafts: editors only. */
  async exportCatalog(ctx: RequestContext): Promise<Buffer> {
    ctx.assertCan('update', 'Matter');
    const { heads, depts } = await this.db.run(ctx, async (m) => ({ heads: await loadHeads(m), depts: await loadDepartments(m) }));
    const live = [...heads.values()].filter((h) => !h.retired).map((h) => h.head);
    return catalogWorkbook(live, depts);
  }

  /**
   * Reads, checks and writes the workbook in one transaction. A preview does all of it and rolls
   * back, so what it reports (created, changed, refused, every error) is exactly what the import
   * would do on the data as it is now; it writes nothing, not even an audit entry.
   */
  async importCatalog(ctx: RequestContext, body: unknown, mode: ImportMode, preview = false): Promise<ImportReport> {
    ctx.assertCan('create', 'Matter');
    ctx.assertCan('update', 'Matter');
    if (!Buffer.isBuffer(body) || body.length === 0) throw ImportError.FileInvalid('请求体为空或类型不是 .xlsx / empty body or wrong content type');
    const actor: CatalogActor = { id: ctx.user.id, name: ctx.user.username };
    // Read and size-check the file before any query: a refused file reads and writes nothing.
    const wb = await loadCatalogWorkbook(body);
    return this.db.run(ctx, async (m) => {
      const depts = await loadDepartments(m);
      const existing = await loadHeads(m);
      const parsed = parseCatalogWorkbook(wb, depts);
      const errors = [...parsed.issues];
      for (const p of parsed.matters) errors.push(...checkAgainstExisting(p, existing.get(p.code)), ...checkParsedMatter(p));
      errors.sort((a, b) => a.sheet.localeCompare(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
      // The request's transaction may be the caller's: a savepoint is what undoes the writes.
      await m.query('SAVEPOINT catalog_import');
      let report: ImportReport;
      try {
        report = await applyImport(m, ctx.tenantId, actor, mode, parsed.matters, existing, errors);
        if (preview) throw new ImportRolledBack({ ...report, preview: true, imported: false });
        await m.query('RELEASE SAVEPOINT catalog_import');
      } catch (e) {
        if (!(e instanceof ImportRolledBack)) throw e;
        await m.query('ROLLBACK TO SAVEPOINT catalog_import');
        if (preview) return { ...e.report, preview: true, imported: false };
        report = e.report;
      }
      // Refused imports are on the record too, with their counts; previews are not.
      await catalogAudit(m, ctx, 'catalog_imported', null, importSummary(report, body.length));
      return report;
    });
  }
}
