import { Module } from '@nestjs/common';
import { AuditSubjectResolvers } from '@county/tenancy';
import { CATALOG_AUDIT_SUBJECTS } from './catalog.audit-subjects';
import { CatalogResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';
import { GuideResolver } from './guide/guide.resolver';
import { GuideService } from './guide/guide.service';
import { GuideCache } from './guide/guide-cache';
import { PublicCounties } from './guide/public-county';
import { CatalogWorkResolver } from './work/catalog-work.resolver';
import { GuideSynonyms } from './guide/guide-synonyms';
import { GuideSynonymsResolver } from './guide/guide-synonyms.resolver';
import { CatalogWorkService } from './work/catalog-work.service';
import { CatalogExcelService } from './excel/catalog-excel.service';
import { CatalogXlsxController } from './excel/catalog-xlsx.controller';
import { LedgerXlsxController } from './excel/ledger-xlsx.controller';
import { LedgerResolver } from './ledger/ledger.resolver';
import { LedgerService } from './ledger/ledger.service';
import { NoticeController } from './notice/notice.controller';
import { NoticeService } from './notice/notice.service';
import { NoticeCache } from './notice/notice-cache';
import { NoticeRenderer } from './notice/notice-renderer';

/** The standard catalog and the public guide. Needs TenancyModule (global) for the database. */
@Module({
  controllers: [NoticeController, LedgerXlsxController, CatalogXlsxController],
  providers: [CatalogService, GuideService, GuideCache, PublicCounties, CatalogWorkService, CatalogWorkResolver, GuideSynonyms, GuideSynonymsResolver, CatalogResolver, GuideResolver, NoticeService, NoticeCache, NoticeRenderer, LedgerService, LedgerResolver, CatalogExcelService],
  exports: [CatalogService, GuideService, LedgerService, PublicCounties],
})
export class CatalogModule {
  constructor(subjects: AuditSubjectResolvers) {
    // The audit log names matters by their newest version.
    subjects.register(CATALOG_AUDIT_SUBJECTS);
  }
}
