import { EntityManager } from 'typeorm';
import { AuditSubjectName, AuditSubjectResolver, escapeLike, selectRows, SubjectRef } from '@county/tenancy';

/** Names cases by their number (or, before acceptance, the matter and applicant). */
export const CASES_AUDIT_SUBJECTS: AuditSubjectResolver = {
  types: ['Case'],
  async names(m: EntityManager, _type: string, ids: string[]) {
    const rows = await selectRows<{ id: string; name: string }>(
      m,
      `SELECT id::text AS id, coalesce(case_number || ' ', '') || matter_name || ' · ' || applicant_name AS name FROM service_case WHERE id = ANY ($1::uuid[])`,
      [ids],
    );
    return new Map<string, AuditSubjectName>(rows.map((r) => [r.id, { name: r.name, path: `/cases/${r.id}` }]));
  },
  async search(m: EntityManager, text: string, limit: number) {
    return selectRows<SubjectRef>(
      m,
      `SELECT 'Case' AS type, id::text AS id FROM service_case WHERE case_number ILIKE $1 OR matter_name ILIKE $1 OR applicant_name ILIKE $1 LIMIT $2`,
      [`%${escapeLike(text)}%`, limit],
    );
  },
};
