import type { Role } from './gql/graphql';
import type { MessageKey } from './i18n/zh-CN';

export type PageKey = 'dashboard' | 'org' | 'catalog' | 'users' | 'delegations' | 'audit' | 'ledger' | 'tenants';

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
  tenants: { key: 'tenants', path: '/tenants', label: 'menu.tenants' },
};

/**
 * Which pages a set of roles may open. The API enforces the same rules; this only keeps the
 * menu honest. A platform operator works on tenants and sees nothing inside a county.
 */
export function pagesFor(roles: readonly Role[]): PageEntry[] {
  const has = (role: Role) => roles.includes(role);
  if (has('PLATFORM_OPERATOR') && roles.every((role) => role === 'PLATFORM_OPERATOR')) {
    return [PAGES.tenants];
  }
  const keys: PageKey[] = ['dashboard', 'org', 'catalog'];
  if (has('CATALOG_ADMIN')) keys.push('users', 'delegations');
  if (has('CATALOG_ADMIN') || has('SUPERVISOR')) keys.push('audit', 'ledger');
  if (has('PLATFORM_OPERATOR')) keys.push('tenants');
  return keys.map((key) => PAGES[key]);
}
