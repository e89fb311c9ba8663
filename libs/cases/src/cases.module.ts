import { Module } from '@nestjs/common';
import { AuditSubjectResolvers } from '@county/tenancy';
import { CatalogModule } from '@county/catalog';
import { CASES_AUDIT_SUBJECTS } from './cases.audit-subjects';
import { CalendarResolver } from './calendar/calendar.resolver';
import { WorkingCalendars } from './calendar/calendar.service';
import { CaseResolver } from './case/case.resolver';
import { CaseService } from './case/case.service';

/** Cases across the three tiers, on the working calendar. Needs TenancyModule (global) and the catalog. */
@Module({
  imports: [CatalogModule],
  providers: [WorkingCalendars, CalendarResolver, CaseService, CaseResolver],
  exports: [WorkingCalendars, CaseService],
})
export class CasesModule {
  constructor(subjects: AuditSubjectResolvers) {
    subjects.register(CASES_AUDIT_SUBJECTS);
  }
}
