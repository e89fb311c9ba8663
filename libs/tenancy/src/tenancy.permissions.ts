import { PermissionDefinition, withinPath } from './context/permissions';
import { TenancyError } from './errors/tenancy.errors';

const ACTIVE_MEMBERSHIP = `SELECT 1 FROM membership ms WHERE ms.tenant_id = u.tenant_id AND ms.user_id = u.id AND ms.revoked_at IS NULL`;

/** Subjects of the tenancy library, the rules each role gets on them, and where their rows are. */
export const TENANCY_PERMISSIONS: PermissionDefinition = {
  library: 'tenancy',
  subjects: {
    Tenant: { from: 'tenant t', id: 't.id', columns: {}, notFound: (id) => TenancyError.NotFound('区县 tenant', id) },
    OrgUnit: { from: 'org_unit o', id: 'o.id', columns: { path: 'o.path' }, notFound: (id) => TenancyError.NotFound('单位 org unit', id) },
    User: {
      from: 'app_user u',
      id: 'u.id',
      columns: {
        // A person is where her roles are; someone with no role yet belongs to the county unit.
        path: (test) => `(EXISTS (${ACTIVE_MEMBERSHIP} AND EXISTS (SELECT 1 FROM org_unit mo WHERE mo.tenant_id = ms.tenant_id AND mo.id = ms.org_unit_id AND ${test('mo.path')}))
          OR (NOT EXISTS (${ACTIVE_MEMBERSHIP}) AND EXISTS (SELECT 1 FROM org_unit co WHERE co.kind = 'county' AND ${test('co.path')})))`,
      },
      notFound: (id) => TenancyError.NotFound('人员 user', id),
    },
    Membership: {
      from: 'membership ms LEFT JOIN org_unit o ON o.tenant_id = ms.tenant_id AND o.id = ms.org_unit_id',
      id: 'ms.id',
      columns: { path: 'o.path' },
      notFound: (id) => TenancyError.NotFound('任职 membership', id),
    },
    Delegation: {
      from: 'delegation d JOIN org_unit o ON o.tenant_id = d.tenant_id AND o.id = d.department_id',
      id: 'd.id',
      columns: { path: 'o.path' },
      notFound: (id) => TenancyError.NotFound('授权 delegation', id),
    },
    AuditLog: { from: 'audit_log a', id: 'a.subject_id', columns: {}, notFound: (id) => TenancyError.NotFound('日志 audit entry', id) },
  },
  grant({ role, path, territory, countyPath }, can) {
    const county = withinPath(countyPath);
    switch (role) {
      case 'platform_operator':
        can('read', 'Tenant');
        can('create', 'Tenant');
        break;
      case 'catalog_admin':
        for (const subject of ['OrgUnit', 'User', 'Membership', 'Delegation']) can('manage', subject, county);
        can('read', 'AuditLog');
        break;
      case 'supervisor':
        for (const subject of ['OrgUnit', 'User', 'Delegation']) can('read', subject, county);
        can('read', 'AuditLog');
        break;
      case 'department_approver':
        // Departments work for the whole county; they see its tree but administer nothing.
        can('read', 'OrgUnit', county);
        can('read', 'Delegation', withinPath(path));
        break;
      case 'window_clerk':
      case 'village_agent':
        can('read', 'OrgUnit', withinPath(territory));
        break;
    }
  },
};
