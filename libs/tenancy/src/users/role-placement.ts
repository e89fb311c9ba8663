import { Role } from '../context/role';

/** Where each role can be held: county-wide roles at the county, clerks at centers, agents in villages. */
export const ROLE_PLACEMENT: Record<Role, string[]> = {
  platform_operator: [],
  catalog_admin: ['county'],
  supervisor: ['county'],
  department_approver: ['department'],
  window_clerk: ['county', 'township', 'service_center', 'window'],
  village_agent: ['village', 'service_center'],
};
