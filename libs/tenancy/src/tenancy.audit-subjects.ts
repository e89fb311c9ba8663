import { EntityManager } from 'typeorm';
import { selectRows, escapeLike } from './database/sql';
import { AuditSubjectName, AuditSubjectResolver } from './audit/audit-subjects';
import { SubjectRef } from './audit/audit-detail';

interface NamedRow {
  id: string;
  name: string;
}

/** One query per type; row-level security keeps another county's rows out. */
const NAMES: Record<string, { sql: string; path: string | null }> = {
  User: { sql: `SELECT id::text AS id, display_name || ' (' || username || ')' AS name FROM app_user WHERE id = ANY($1::uuid[])`, path: '/users' },
  OrgUnit: { sql: `SELECT id::text AS id, name FROM org_unit WHERE id = ANY($1::uuid[])`, path: '/org' },
  Membership: {
    sql: `SELECT ms.id::text AS id, u.display_name || ' · ' || o.name AS name
            FROM membership ms
            JOIN app_user u ON u.tenant_id = ms.tenant_id AND u.id = ms.user_id
            JOIN org_unit o ON o.tenant_id = ms.tenant_id AND o.id = ms.org_unit_id
           WHERE ms.id = ANY($1::uuid[])`,
    path: '/users',
  },
  Delegation: {
    sql: `SELECT d.id::text AS id, o.name || ' → ' || coalesce(u.display_name, w.name, '') AS name
            FROM delegation d
            JOIN org_unit o ON o.tenant_id = d.tenant_id AND o.id = d.department_id
            LEFT JOIN app_user u ON u.tenant_id = d.tenant_id AND u.id = d.grantee_user_id
            LEFT JOIN org_unit w ON w.tenant_id = d.tenant_id AND w.id = d.grantee_window_id
           WHERE d.id = ANY($1::uuid[])`,
    path: '/delegations',
  },
  Tenant: { sql: `SELECT id::text AS id, name FROM tenant WHERE id = ANY($1::uuid[])`, path: '/tenants' },
};

/** Names the tenancy library's subjects: people, org units, memberships, delegations, counties. */
export const TENANCY_AUDIT_SUBJECTS: AuditSubjectResolver = {
  types: Object.keys(NAMES),
  async names(m: EntityManager, type: string, ids: string[]) {
    const { sql, path } = NAMES[type];
    const rows = await selectRows<NamedRow>(m, sql, [ids]);
    return new Map<string, AuditSubjectName>(rows.map((r) => [r.id, { name: r.name, path }]));
  },
  async search(m: EntityManager, text: string, limit: number) {
    const like = `%${escapeLike(text)}%`;
    return selectRows<SubjectRef>(
      m,
      `(SELECT 'User' AS type, id::text AS id FROM app_user WHERE display_name ILIKE $1 OR username ILIKE $1 LIMIT $2)
       UNION ALL
       (SELECT 'OrgUnit' AS type, id::text AS id FROM org_unit WHERE name ILIKE $1 LIMIT $2)`,
      [like, limit],
    );
  },
};
