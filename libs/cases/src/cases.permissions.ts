import { Conditions, PermissionDefinition, withinPath } from '@county/tenancy';
import { CasesError } from './cases.errors';

/** `{ attribute: { $within: path } }`; an unknown place matches nothing. */
const within = (attribute: string, path: string | null): Conditions => ({ [attribute]: { $within: path ?? '\u0000none' } });

const unitPath = (column: string) => (test: (column: string) => string) =>
  `EXISTS (SELECT 1 FROM org_unit cu WHERE cu.tenant_id = c.tenant_id AND cu.id = ${column} AND ${test('cu.path')})`;

/** 联办: a task of the case for a department at a path the test accepts. */
const taskPath = (test: (column: string) => string) =>
  `EXISTS (SELECT 1 FROM case_task ct JOIN org_unit tu ON tu.tenant_id = ct.tenant_id AND tu.id = ct.department_id
            WHERE ct.tenant_id = c.tenant_id AND ct.case_id = c.id AND ${test('tu.path')})`;

/**
 * 一纸授权: a delegation from the deciding department for the case's matter, to a grantee the
 * test accepts (a person or a window). The period is tested here on the database's clock; the
 * decision itself checks it again on the application's clock and records the use.
 */
const delegatedTo = (test: (column: string) => string) =>
  `EXISTS (SELECT 1 FROM delegation dg JOIN matter dm ON dm.tenant_id = c.tenant_id AND dm.id = c.matter_id
            WHERE dg.tenant_id = c.tenant_id AND dg.department_id = c.deciding_unit_id AND dg.revoked_at IS NULL
              AND now() >= dg.valid_from AND now() < dg.valid_until
              AND (dg.all_matters OR dm.implementation_code = ANY (dg.matter_codes))
              AND (${test('dg.grantee_user_id')} OR ${test('dg.grantee_window_id')}))`;

/** Subjects of the cases library, the rules each role gets on them, and where their rows are. */
export const CASES_PERMISSIONS: PermissionDefinition = {
  library: 'cases',
  subjects: {
    // The county's working calendar: one for all its units, kept by its administrator.
    WorkingCalendar: { from: 'calendar_day cd', id: 'cd.day::text', columns: {}, notFound: (date) => CasesError.CalendarDayNotSet(date) },
    // The county's rules for its cases (warning thresholds, 容缺 period, green channel): one row, kept by its administrator.
    CaseRules: { from: 'case_rules cr', id: 'cr.tenant_id::text', columns: {}, notFound: () => CasesError.CaseRulesNotFound() },
    // A case is where it was accepted, where it is now and where it is decided.
    Case: {
      from: 'service_case c',
      id: 'c.id',
      columns: { acceptingPath: unitPath('c.accepting_unit_id'), currentPath: unitPath('c.current_unit_id'), decidingPath: unitPath('c.deciding_unit_id'), taskPath, delegatedTo },
      notFound: (id) => CasesError.CaseNotFound(id),
    },
    // An applicant is the county's; `path` is where she lives (her village or township), null when not given.
    Applicant: {
      from: 'applicant ap LEFT JOIN org_unit apu ON apu.tenant_id = ap.tenant_id AND apu.id = ap.residence_unit_id',
      id: 'ap.id',
      columns: { path: 'apu.path' },
      notFound: (id) => CasesError.ApplicantNotFound(id),
    },
  },
  grant({ role, path, territory, countyPath, userId, orgUnitId }, can) {
    // Whoever holds a delegation in force from the deciding department (personally, or a
    // window clerk through her window) may decide on its behalf; each use is recorded.
    if (role === 'window_clerk' || role === 'village_agent' || role === 'department_approver') {
      can('decide', 'Case', { delegatedTo: { $in: role === 'window_clerk' && orgUnitId ? [userId, orgUnitId] : [userId] } });
    }
    switch (role) {
      case 'catalog_admin':
        can('manage', 'WorkingCalendar');
        can('manage', 'CaseRules');
        can('read', 'Applicant');
        can('read', 'Case', within('acceptingPath', countyPath));
        break;
      case 'supervisor':
        can('read', 'WorkingCalendar');
        can('read', 'CaseRules');
        can('read', 'Applicant');
        can('read', 'Case', within('acceptingPath', countyPath));
        break;
      case 'department_approver':
        can('read', 'WorkingCalendar');
        can('read', 'CaseRules');
        for (const action of ['read', 'create', 'update', 'reveal']) can(action, 'Applicant');
        // A department sees and decides the cases it decides, and handles those sent to it.
        can('read', 'Case', within('decidingPath', path));
        can('handle', 'Case', within('currentPath', path));
        can('decide', 'Case', within('decidingPath', path));
        // 联办部门: a co-implementing department sees the cases it has a task in and gives its opinion.
        can('read', 'Case', within('taskPath', path));
        can('opine', 'Case', within('taskPath', path));
        break;
      case 'window_clerk':
      case 'village_agent':
        can('read', 'WorkingCalendar');
        can('read', 'CaseRules');
        if (role === 'window_clerk') {
          // The counter serves anyone from the county; `reveal` shows the full ID number (audited).
          for (const action of ['read', 'create', 'update', 'reveal']) can(action, 'Applicant');
        } else {
          // A village agent registers and serves the people of her village only.
          for (const action of ['read', 'create', 'reveal']) can(action, 'Applicant', withinPath(territory));
        }
        // Windows and stations take in cases in their territory and follow them wherever they go.
        can('create', 'Case', within('acceptingPath', territory));
        can('read', 'Case', within('acceptingPath', territory));
        can('read', 'Case', within('currentPath', territory));
        can('handle', 'Case', within('currentPath', territory));
        break;
    }
  },
};
