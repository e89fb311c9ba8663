import { Conditions, PermissionDefinition, withinPath } from '@county/tenancy';
import { CasesError } from './cases.errors';
import { CONSENT_FROM, IN_FORCE_SQL } from './consents/proxy-consent-rows';

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

/** 委托: a consent in force for the applicant (of column `applicant`) naming a holder the test accepts. */
const consentInForce = (applicant: string, alsoSql = '') => (test: (column: string) => string) =>
  `EXISTS (SELECT 1 FROM proxy_consent pc WHERE pc.tenant_id = current_tenant_id() AND pc.applicant_id = ${applicant} AND ${IN_FORCE_SQL}${alsoSql}
            AND (${test('pc.agent_user_id')} OR ${test('pc.station_unit_id')}))`;

/** …and covering the case's matter: all proxy-allowed matters, or the matter's implementation code. */
const COVERS_CASE_MATTER = ` AND (pc.all_matters OR EXISTS (SELECT 1 FROM matter pm WHERE pm.tenant_id = c.tenant_id AND pm.id = c.matter_id AND pm.implementation_code = ANY (pc.matter_codes)))`;

/** The matter version the case pinned allows proxy filing. */
const proxyAllowedSql = (test: (column: string) => string) =>
  `EXISTS (SELECT 1 FROM matter_version pv WHERE pv.tenant_id = c.tenant_id AND pv.matter_id = c.matter_id AND pv.version = c.matter_version
            AND ${test(`(pv.content->>'proxyAllowed')::boolean`)})`;

/** Registered by this person and awaiting its first consent (no consent was ever recorded for the applicant). */
const awaitingFirstConsent = (test: (column: string) => string) =>
  `(${test('ap.created_by')} AND NOT EXISTS (SELECT 1 FROM proxy_consent pc WHERE pc.tenant_id = ap.tenant_id AND pc.applicant_id = ap.id))`;

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
      columns: {
        acceptingPath: unitPath('c.accepting_unit_id'),
        currentPath: unitPath('c.current_unit_id'),
        decidingPath: unitPath('c.deciding_unit_id'),
        taskPath,
        delegatedTo,
        // 代办: where the applicant lives, whether the matter allows it, whom his consents in force name.
        applicantPath: (test) => `EXISTS (SELECT 1 FROM applicant ca JOIN org_unit cau ON cau.tenant_id = ca.tenant_id AND cau.id = ca.residence_unit_id
                                     WHERE ca.tenant_id = c.tenant_id AND ca.id = c.applicant_id AND ${test('cau.path')})`,
        proxyAllowed: proxyAllowedSql,
        consentHolders: consentInForce('c.applicant_id', COVERS_CASE_MATTER),
        entrustedTo: consentInForce('c.applicant_id'),
      },
      notFound: (id) => CasesError.CaseNotFound(id),
    },
    // An applicant is the county's; `path` is where she lives (her village or township), null when not given.
    Applicant: {
      from: 'applicant ap LEFT JOIN org_unit apu ON apu.tenant_id = ap.tenant_id AND apu.id = ap.residence_unit_id',
      id: 'ap.id',
      columns: { path: 'apu.path', entrustedTo: consentInForce('ap.id'), awaitingConsentOf: awaitingFirstConsent },
      notFound: (id) => CasesError.ApplicantNotFound(id),
    },
    // 委托书: an applicant's consent; `applicantPath` is where he lives, `holderId` the agent or station it names.
    ProxyConsent: {
      from: CONSENT_FROM,
      id: 'pc.id',
      columns: { applicantPath: 'pcu.path', holderId: (test) => `(${test('pc.agent_user_id')} OR ${test('pc.station_unit_id')})` },
      notFound: (id) => CasesError.ProxyConsentNotFound(id),
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
        can('read', 'ProxyConsent');
        can('read', 'Case', within('acceptingPath', countyPath));
        break;
      case 'supervisor':
        can('read', 'WorkingCalendar');
        can('read', 'CaseRules');
        can('read', 'Applicant');
        can('read', 'ProxyConsent');
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
          // The township's counter sees consents and records an applicant's withdrawal he brings there.
          can('read', 'ProxyConsent');
          can('withdraw', 'ProxyConsent');
          // Windows take in cases in their territory and follow them wherever they go.
          can('create', 'Case', within('acceptingPath', territory));
          can('read', 'Case', within('acceptingPath', territory));
          can('read', 'Case', within('currentPath', territory));
          can('handle', 'Case', within('currentPath', territory));
          break;
        }
        {
          // 代办: a village agent registers the people of her village, and serves only those whose
          // consent in force names her or her station (or whom she registered and whose first
          // consent she is about to record). A withdrawn or lapsed consent closes them at once.
          const holders = orgUnitId ? [userId, orgUnitId] : [userId];
          const village = withinPath(territory);
          can('create', 'Applicant', village);
          for (const action of ['read', 'reveal']) {
            can(action, 'Applicant', { ...village, entrustedTo: { $in: holders } });
            can(action, 'Applicant', { ...village, awaitingConsentOf: userId });
          }
          const forHer = { ...within('applicantPath', territory), holderId: { $in: holders } };
          for (const action of ['create', 'read', 'withdraw']) can(action, 'ProxyConsent', forHer);
          // She files at her station for an applicant of her village, for a matter that allows
          // proxy filing, under a consent in force naming her or her station that covers it.
          can('create', 'Case', { ...within('acceptingPath', territory), ...within('applicantPath', territory), proxyAllowed: true, consentHolders: { $in: holders } });
          can('read', 'Case', { ...within('acceptingPath', territory), entrustedTo: { $in: holders } });
          can('handle', 'Case', { ...within('currentPath', territory), entrustedTo: { $in: holders } });
        }
        break;
    }
  },
};
