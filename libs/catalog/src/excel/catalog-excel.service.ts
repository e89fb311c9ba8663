import { Injectable } from '@nestjs/common';
import { RequestContext, TenantDatabase } from '@county/tenancy';
import { CatalogActor } from '../matter-writes';
import { catalogWorkbook } from './catalog-export';
import { loadDepartments, loadHeads } from './catalog-excel-reads';
import { checkAgainstExisting, applyImport, ImportMode, ImportReport, ImportRolledBack } from './catalog-import';
import { loadCatalogWorkbook, parseCatalogWorkbook } from './catalog-parse';
import { checkParsedMatter } from './catalog-checks';
import { ImportError } from './import-issue';

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

  async importCatalog(ctx: RequestContext, body: unknown, mode: ImportMode): Promise<ImportReport> {
    ctx.assertCan('create', 'Matter');
    ctx.assertCan('update', 'Matter');
    if (!Buffer.isBuffer(body) || body.length === 0) throw ImportError.FileInvalid('请求体为空或类型不是 .xlsx / empty body or wrong content type');
    const actor: CatalogActor = { id: ctx.user.id, name: ctx.user.username };
    // Read and size-check the file before any query: a refused file reads and writes nothing.
    const wb = await loadCatalogWorkbook(body);
    try {
      return await this.db.run(ctx, async (m) => {
        const depts = await loadDepartments(m);
        const existing = await loadHeads(m);
        const parsed = parseCatalogWorkbook(wb, depts);
        const errors = [...parsed.issues];
        for (const p of parsed.matters) errors.push(...checkAgainstExisting(p, existing.get(p.code)), ...checkParsedMatter(p));
        errors.sort((a, b) => a.sheet.localeCompare(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
        return applyImport(m, ctx.tenantId, actor, mode, parsed.matters, existing, errors);
      });
    } catch (e) {
      if (e instanceof ImportRolledBack) return e.report;
      throw e;
    }
  }
}
