import { EntityManager } from 'typeorm';
import { AuditSubjectName, AuditSubjectResolver, escapeLike, selectRows, SubjectRef } from '@county/tenancy';
import { maskPersonName } from './id-mask';

/** Names applicants on the audit log: a person by her masked name (张**), an organization by its name. */
export const APPLICANT_AUDIT_SUBJECTS: AuditSubjectResolver = {
  types: ['Applicant'],
  async names(m: EntityManager, _type: string, ids: string[]) {
    const rows = await selectRows<{ id: string; kind: string; name: string; id_masked: string }>(
      m,
      `SELECT id::text AS id, kind, name, id_masked FROM applicant WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map<string, AuditSubjectName>(
      rows.map((r) => [r.id, { name: `${r.kind === 'person' ? maskPersonName(r.name) : r.name} ${r.id_masked}`, path: '/applicants' }]),
    );
  },
  async search(m: EntityManager, text: string, limit: number) {
    return selectRows<SubjectRef>(m, `SELECT 'Applicant' AS type, id::text AS id FROM applicant WHERE name ILIKE $1 LIMIT $2`, [`%${escapeLike(text)}%`, limit]);
  },
};
