import { EntityManager } from 'typeorm';
import { AuditSubjectName, AuditSubjectResolver, escapeLike, selectRows, SubjectRef } from '@county/tenancy';

/** Names matters by their newest version (a draft's name too: editors and supervisors see drafts on the log anyway). */
export const CATALOG_AUDIT_SUBJECTS: AuditSubjectResolver = {
  types: ['Matter'],
  async names(m: EntityManager, _type: string, ids: string[]) {
    const rows = await selectRows<{ id: string; name: string }>(
      m,
      `SELECT DISTINCT ON (matter_id) matter_id::text AS id, name FROM matter_version
        WHERE matter_id = ANY($1::uuid[]) ORDER BY matter_id, version DESC`,
      [ids],
    );
    return new Map<string, AuditSubjectName>(rows.map((r) => [r.id, { name: r.name, path: `/catalog/${r.id}` }]));
  },
  async search(m: EntityManager, text: string, limit: number) {
    return selectRows<SubjectRef>(
      m,
      `SELECT DISTINCT 'Matter' AS type, v.matter_id::text AS id FROM matter_version v
        JOIN matter mt ON mt.tenant_id = v.tenant_id AND mt.id = v.matter_id
        WHERE v.name ILIKE $1 OR mt.implementation_code ILIKE $1 LIMIT $2`,
      [`%${escapeLike(text)}%`, limit],
    );
  },
};
