import { Conditions, PermissionDefinition } from '@county/tenancy';
import { CasesError } from './cases.errors';

/** `{ attribute: { $within: path } }`; an unknown place matches nothing. */
const within = (attribute: string, path: string | null): Conditions => ({ [attribute]: { $within: path ?? '\u0000none' } });

const unitPath = (column: string) => (test: (column: string) => string) =>
  `EXISTS (SELECT 1 FROM org_unit cu WHERE cu.tenant_id = c.tenant_id AND cu.id = ${column} AND ${test('cu.path')})`;

/** Subjects of the cases library, the rules each role gets on them, and where their rows are. */
export const CASES_PERMISSIONS: PermissionDefinition = {
  library: 'cases',
  subjects: {
    // The county's working calendar: one for all its units, kept by its administrator.
    WorkingCalendar: { from: 'calendar_day cd', id: 'cd.day::text', columns: {}, notFound: (date) => CasesError.CalendarDayNotSet(date) },
    // A case is where it was accepted, where it is now and where it is decided.
    Case: {
      from: 'service_case c',
      id: 'c.id',
      columns: { acceptingPath: unitPath('c.accepting_unit_id'), currentPath: unitPath('c.current_unit_id'), decidingPath: unitPath('c.deciding_unit_id') },
      notFound: (id) => CasesError.CaseNotFound(id),
    },
  },
  grant({ role, path, territory, countyPath }, can) {
    switch (role) {
      case 'catalog_admin':
        can('manage', 'WorkingCalendar');
        can('read', 'Case', within('acceptingPath', countyPath));
        break;
      case 'supervisor':
        can('read', 'WorkingCalendar');
        can('read', 'Case', within('acceptingPath', countyPath));
        break;
      case 'department_approver':
        can('read', 'WorkingCalendar');
        // A department sees and decides the cases it decides, and handles those sent to it.
        can('read', 'Case', within('decidingPath', path));
        can('handle', 'Case', within('currentPath', path));
        can('decide', 'Case', within('decidingPath', path));
        break;
      case 'window_clerk':
      case 'village_agent':
        can('read', 'WorkingCalendar');
        // Windows and stations take in cases in their territory and follow them wherever they go.
        can('create', 'Case', within('acceptingPath', territory));
        can('read', 'Case', within('acceptingPath', territory));
        can('read', 'Case', within('currentPath', territory));
        can('handle', 'Case', within('currentPath', territory));
        break;
    }
  },
};
