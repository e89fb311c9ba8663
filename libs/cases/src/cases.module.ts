import { DynamicModule, Module } from '@nestjs/common';
import { AuditSubjectResolvers } from '@county/tenancy';
import { CatalogModule } from '@county/catalog';
import { CASES_AUDIT_SUBJECTS } from './cases.audit-subjects';
import { CalendarResolver } from './calendar/calendar.resolver';
import { WorkingCalendars } from './calendar/calendar.service';
import { CaseResolver } from './case/case.resolver';
import { CaseService } from './case/case.service';
import { CaseDocumentsController } from './case/case-documents.controller';
import { CaseProgress, CaseProgressResolver } from './case/case-progress';
import { CaseTaskResolver } from './tasks/case-task.resolver';
import { CaseTasks } from './tasks/case-task.service';
import { APPLICANT_AUDIT_SUBJECTS } from './applicants/applicant.audit-subjects';
import { ApplicantResolver } from './applicants/applicant.resolver';
import { Applicants } from './applicants/applicant.service';
import { PiiCipher } from './applicants/pii-cipher';
import { PiiKey } from './applicants/pii-key';
import { CaseRulesResolver } from './case-rules/case-rules.resolver';
import { CaseRulesService } from './case-rules/case-rules.service';
import { DeemedApprovals } from './case/deemed-approvals';
import { CaseFees } from './fees/case-fees.service';
import { CaseFeesResolver } from './fees/case-fees.resolver';
import { CaseEvents } from './events/case-events';
import { CASE_EVENTS_OPTIONS, CaseEventsOptions } from './events/case-events.options';
import { CaseNoticesResolver } from './events/notices.resolver';
import { CaseWorker } from './events/case-worker';
import { NoticeDelivery } from './events/notice-delivery';
import { ConsoleSmsProvider, SMS_PROVIDER } from './events/sms-provider';
import { SupervisionHandoffs } from './events/supervision-handoffs';
import { CaseMaterials } from './materials/case-materials.service';
import { CaseMaterialsController } from './materials/case-materials.controller';
import { CaseMaterialsResolver } from './materials/case-materials.resolver';
import { ProxyConsents } from './consents/proxy-consents.service';
import { ProxyConsentsController } from './consents/proxy-consents.controller';
import { ProxyConsentsResolver } from './consents/proxy-consents.resolver';
import { MATERIAL_FILES_OPTIONS, MaterialFilesOptions, materialFilesSettings } from './materials/material-files.options';

export interface CasesModuleOptions {
  /** The key ID numbers are encrypted and looked up with (PII_KEY; `piiKeyFrom`). */
  piiKey?: PiiKey;
  /** Events and notices: the job worker, the SMS provider (console by default), retries. */
  events?: CaseEventsOptions;
  /** Material files: the file store (FILE_STORE_DIR or S3_* by default) and the upload limit. */
  files?: MaterialFilesOptions;
}

/** Cases across the three tiers, on the working calendar. Needs TenancyModule (global) and the catalog. */
@Module({})
export class CasesModule {
  constructor(subjects: AuditSubjectResolvers) {
    subjects.register(CASES_AUDIT_SUBJECTS);
    subjects.register(APPLICANT_AUDIT_SUBJECTS);
  }

  static forRoot(options: CasesModuleOptions): DynamicModule {
    return {
      module: CasesModule,
      controllers: [CaseDocumentsController, CaseMaterialsController, ProxyConsentsController],
      imports: [CatalogModule],
      providers: [
        { provide: PiiCipher, useValue: new PiiCipher(options.piiKey) },
        WorkingCalendars,
        CalendarResolver,
        CaseService,
        CaseResolver,
        CaseProgress,
        CaseProgressResolver,
        CaseTasks,
        CaseTaskResolver,
        Applicants,
        ApplicantResolver,
        CaseRulesService,
        CaseRulesResolver,
        DeemedApprovals,
        CaseFees,
        CaseFeesResolver,
        { provide: CASE_EVENTS_OPTIONS, useValue: options.events ?? {} },
        { provide: SMS_PROVIDER, useValue: options.events?.smsProvider ?? new ConsoleSmsProvider() },
        CaseEvents,
        NoticeDelivery,
        SupervisionHandoffs,
        CaseWorker,
        CaseNoticesResolver,
        { provide: MATERIAL_FILES_OPTIONS, useFactory: () => materialFilesSettings(options.files) },
        CaseMaterials,
        CaseMaterialsResolver,
        ProxyConsents,
        ProxyConsentsResolver,
      ],
      exports: [WorkingCalendars, CaseService, Applicants, CaseRulesService, DeemedApprovals, CaseWorker],
    };
  }
}
