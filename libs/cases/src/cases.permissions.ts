import { PermissionDefinition } from '@county/tenancy';
import { CasesError } from './cases.errors';

/** Subjects of the cases library, the rules each role gets on them, and where their rows are. */
export const CASES_PERMISSIONS: PermissionDefinition = {
  library: 'cases',
  subjects: {
    // The county's working calendar: one for all its units, kept by its administrator.
    WorkingCalendar: { from: 'calendar_day cd', id: 'cd.day::text', columns: {}, notFound: (date) => CasesError.CalendarDayNotSet(date) },
  },
  grant({ role }, can) {
    switch (role) {
      case 'catalog_admin':
        can('manage', 'WorkingCalendar');
        break;
      case 'supervisor':
      case 'department_approver':
      case 'window_clerk':
      case 'village_agent':
        can('read', 'WorkingCalendar');
        break;
    }
  },
};
