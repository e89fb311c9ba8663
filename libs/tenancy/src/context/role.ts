/** Roles a membership can carry. Labels are what users see. */
export const ROLES = [
  'platform_operator',
  'catalog_admin',
  'department_approver',
  'window_clerk',
  'village_agent',
  'supervisor',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  platform_operator: { zh: '平台运营', en: 'Platform operator' },
  catalog_admin: { zh: '目录管理员', en: 'Catalog administrator' },
  department_approver: { zh: '部门审批人员', en: 'Department approver' },
  window_clerk: { zh: '窗口人员', en: 'Window clerk' },
  village_agent: { zh: '村代办员', en: 'Village agent' },
  supervisor: { zh: '电子监察', en: 'Supervisor' },
};
