import { PermissionDefinition, withinPath } from '@county/tenancy';
import { CasesError } from './cases.errors';

/** Subjects of the cases library, the rules each role gets on them, and where their rows are. */
export const CASES_PERMISSIONS: PermissionDefinition = {
  library: 'cases',
  subjects: {
    // The county's working calendar: one for all its units, kept by its administrator.
    WorkingCalendar: { from: 'calendar_day cd', id: 'cd.day::text', columns: {}, notFound: (date) => CasesError.CalendarDayNotSet(date) },
    // An applicant is the county's; `path` is where she lives (her village or township), null when not given.
    Applicant: {
      from: 'applicant ap LEFT JOIN org_unit apu ON apu.tenant_id = ap.tenant_id AND apu.id = ap.residence_unit_id',
      id: 'ap.id',
      columns: { path: 'apu.path' },
      notFound: (id) => CasesError.ApplicantNotFound(id),
    },
  },
  grant({ role, territory }, can) {
    switch (role) {
      case 'catalog_admin':
        can('manage', 'WorkingCalendar');
        can('read', 'Applicant');
        break;
      case 'supervisor':
        can('read', 'WorkingCalendar');
        can('read', 'Applicant');
        break;
      case 'department_approver':
      case 'window_clerk':
        can('read', 'WorkingCalendar');
        // The counter serves anyone from the county; `reveal` shows the full ID number (audited).
        for (const action of ['read', 'create', 'update', 'reveal']) can(action, 'Applicant');
        break;
      case 'village_agent':
        can('read', 'WorkingCalendar');
        // A village agent registers and serves the people of her village only.
        for (const action of ['read', 'create', 'reveal']) can(action, 'Applicant', withinPath(territory));
        break;
    }
  },
};
