import { Module } from '@nestjs/common';
import { CatalogModule } from '@county/catalog';
import { CalendarResolver } from './calendar/calendar.resolver';
import { WorkingCalendars } from './calendar/calendar.service';

/** Cases across the three tiers, on the working calendar. Needs TenancyModule (global) and the catalog. */
@Module({
  imports: [CatalogModule],
  providers: [WorkingCalendars, CalendarResolver],
  exports: [WorkingCalendars],
})
export class CasesModule {}
