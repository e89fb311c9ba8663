import { EntityManager } from 'typeorm';
import { AuditSubjectName, AuditSubjectResolver, escapeLike, selectRows, SubjectRef } from '@county/tenancy';

/** Names ratings and rectifications by their case's number and matter, linking to the case. */
export const EVALUATION_AUDIT_SUBJECTS: AuditSubjectResolver = {
  types: ['Rating', 'Rectification'],
  async names(m: EntityManager, type: string, ids: string[]) {
    const table = type === 'Rating' ? 'case_rating' : 'rectification';
    const rows = await selectRows<{ id: string; name: string; case_id: string }>(
      m,
      `SELECT s.id::text AS id, s.case_id::text AS case_id, coalesce(c.case_number || ' ', '') || c.matter_name AS name
         FROM ${table} s JOIN service_case c ON c.tenant_id = s.tenant_id AND c.id = s.case_id WHERE s.id = ANY ($1::uuid[])`,
      [ids],
    );
    return new Map<string, AuditSubjectName>(rows.map((r) => [r.id, { name: r.name, path: `/cases/${r.case_id}` }]));
  },
  async search(m: EntityManager, text: string, limit: number) {
    return selectRows<SubjectRef>(
      m,
      `SELECT 'Rating' AS type, r.id::text AS id FROM case_rating r JOIN service_case c ON c.tenant_id = r.tenant_id AND c.id = r.case_id
        WHERE c.case_number ILIKE $1 OR c.matter_name ILIKE $1
       UNION ALL
       SELECT 'Rectification', x.id::text FROM rectification x JOIN service_case c ON c.tenant_id = x.tenant_id AND c.id = x.case_id
        WHERE c.case_number ILIKE $1 OR c.matter_name ILIKE $1
       LIMIT $2`,
      [`%${escapeLike(text)}%`, limit],
    );
  },
};
