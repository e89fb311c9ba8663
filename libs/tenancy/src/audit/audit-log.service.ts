import { Injectable } from '@nestjs/common';
import { RequestContext } from '../context/request-context';
import { TenantDatabase } from '../database/tenant-database';
import { mapPage, Page, PageArgs } from '../graphql/connection';
import { audit } from '../tenancy.audit';
import { AuditActionView, AuditEntryView } from './audit-entry.type';
import { AuditFilter, auditEntriesForExport, checkAuditFilter, listAuditEntries } from './audit-reads';
import { AuditSubjectResolvers } from './audit-subjects';
import { auditViews } from './audit-views';
import { auditLibraries } from './audit-vocabulary';
import { AuditLanguage, auditWorkbook } from './audit-workbook';

/** The filter without its empty parts, as the export's own audit entry records it. */
function filterDetail(filter: AuditFilter): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)));
}

/** Reading the county's audit log: labelled, named, filtered, and exported as a workbook. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly resolvers: AuditSubjectResolvers,
  ) {}

  list(ctx: RequestContext, filter: AuditFilter, page: PageArgs): Promise<Page<AuditEntryView>> {
    ctx.assertCan('read', 'AuditLog');
    checkAuditFilter(filter);
    return this.db.run(ctx, async (m) => {
      const subjects = filter.subjectName ? await this.resolvers.search(m, filter.subjectName) : null;
      const rows = await listAuditEntries(m, filter, subjects, page);
      return mapPage(rows, (found) => auditViews(m, found, this.resolvers));
    });
  }

  /** Every action a library records, with its labels, for the filter's choices. */
  actions(): AuditActionView[] {
    return auditLibraries().flatMap(({ library, actions, vocabulary }) =>
      actions.map((action) => ({
        library,
        libraryLabelZh: vocabulary.library.zh,
        libraryLabelEn: vocabulary.library.en,
        action,
        labelZh: vocabulary.actions[action].zh,
        labelEn: vocabulary.actions[action].en,
      })),
    );
  }

  /** The filtered entries as .xlsx; the export itself is recorded (`audit_exported`) with its filter and size. */
  exportWorkbook(ctx: RequestContext, filter: AuditFilter, lang: AuditLanguage): Promise<Buffer> {
    ctx.assertCan('read', 'AuditLog');
    checkAuditFilter(filter);
    return this.db.run(ctx, async (m) => {
      const subjects = filter.subjectName ? await this.resolvers.search(m, filter.subjectName) : null;
      const rows = await auditEntriesForExport(m, filter, subjects);
      const body = await auditWorkbook(await auditViews(m, rows, this.resolvers), lang);
      await audit(m, ctx, 'audit_exported', null, { rows: rows.length, language: lang, ...filterDetail(filter) });
      return body;
    });
  }
}
