import { WorkingCalendar1733700000000 } from './migrations/1733700000000-working-calendar';
import { Applicant1733700000100 } from './migrations/1733700000100-applicant';
import { ServiceCase1733700000200 } from './migrations/1733700000200-service-case';
import { CaseEvents1733700000300 } from './migrations/1733700000300-case-events';

/** The cases library's migrations, in order; they run after the catalog's (apps/api/src/bootstrap/schema.ts). */
export const CASES_MIGRATIONS: Function[] = [WorkingCalendar1733700000000, Applicant1733700000100, ServiceCase1733700000200, CaseEvents1733700000300];
