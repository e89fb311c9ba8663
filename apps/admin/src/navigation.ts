import type { AdminAbility } from './auth/ability';
import type { MessageKey } from './i18n/zh-CN';

export type PageKey = 'dashboard' | 'org' | 'cases' | 'applicants' | 'catalog' | 'users' | 'delegations' | 'audit' | 'ledger' | 'calendar' | 'caseRules' | 'tenants' | 'handoffs' | 'evaluation';

export interface PageEntry {
  key: PageKey;
  path: string;
  label: MessageKey;
}

const PAGES: Record<PageKey, PageEntry> = {
  dashboard: { key: 'dashboard', path: '/', label: 'menu.dashboard' },
  org: { key: 'org', path: '/org', label: 'menu.orgTree' },
  catalog: { key: 'catalog', path: '/catalog', label: 'menu.catalog' },
  users: { key: 'users', path: '/users', label: 'menu.users' },
  delegations: { key: 'delegations', path: '/delegations', label: 'menu.delegations' },
  audit: { key: 'audit', path: '/audit', label: 'menu.audit' },
  ledger: { key: 'ledger', path: '/ledger', label: 'menu.ledger' },
  cases: { key: 'cases', path: '/cases', label: 'menu.cases' },
  calendar: { key: 'calendar', path: '/calendar', label: 'menu.calendar' },
  caseRules: { key: 'caseRules', path: '/case-rules', label: 'menu.caseRules' },
  applicants: { key: 'applicants', path: '/applicants', label: 'menu.applicants' },
  tenants: { key: 'tenants', path: '/tenants', label: 'menu.tenants' },
  handoffs: { key: 'handoffs', path: '/handoffs', label: 'menu.handoffs' },
  evaluation: { key: 'evaluation', path: '/evaluation', label: 'menu.evaluation' },
};

/**
 * Which pages the caller's rules open. The API enforces the same rules; this only keeps the
 * menu honest. A platform operator works on tenants and sees nothing inside a county.
 */
export function pagesFor(ability: AdminAbility): PageEntry[] {
  const keys: PageKey[] = [];
  if (ability.can('read', 'OrgUnit')) keys.push('dashboard', 'org');
  if (ability.can('read', 'Case')) keys.push('cases');
  // 审管联动 is for departments and supervisors, not for the windows that take cases in.
  if (ability.can('read', 'Case') && !ability.can('create', 'Case')) keys.push('handoffs');
  // 好差评: supervisors see the county's; units see their own ratings and work their rectifications.
  if (ability.can('read', 'Rectification')) keys.push('evaluation');
  if (ability.can('read', 'Applicant')) keys.push('applicants');
  if (ability.can('read', 'Matter')) keys.push('catalog');
  if (ability.can('manage', 'User')) keys.push('users');
  if (ability.can('manage', 'Delegation')) keys.push('delegations');
  if (ability.can('read', 'AuditLog')) keys.push('audit', 'ledger');
  if (ability.can('read', 'WorkingCalendar')) keys.push('calendar');
  if (ability.can('read', 'CaseRules')) keys.push('caseRules');
  if (ability.can('read', 'Tenant')) keys.push('tenants');
  return keys.map((key) => PAGES[key]);
}
