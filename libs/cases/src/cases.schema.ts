import { WorkingCalendar1733700000000 } from './migrations/1733700000000-working-calendar';
import { ServiceCase1733700000200 } from './migrations/1733700000200-service-case';

/** The cases library's migrations, in order; they run after the catalog's (apps/api/src/bootstrap/schema.ts). */
export const CASES_MIGRATIONS: Function[] = [WorkingCalendar1733700000000, ServiceCase1733700000200];
