import { EntityManager } from 'typeorm';
import { selectRows } from '@county/tenancy';
import { CaseSurveyView, CaseTaskState } from './case-task.types';

export interface CaseTaskRow {
  id: string;
  case_id: string;
  department_id: string;
  department_name: string;
  department_path: string;
  state: CaseTaskState;
  reason: string | null;
  opinion_by_name: string | null;
  opinion_at: string | null;
}

/** The tasks of these cases, in the order their departments were named by the matter. */
export function loadTasks(m: EntityManager, caseIds: string[]): Promise<CaseTaskRow[]> {
  return selectRows<CaseTaskRow>(
    m,
    `SELECT ct.id, ct.case_id, ct.department_id, tu.name AS department_name, tu.path::text AS department_path, ct.state, ct.reason,
            u.display_name AS opinion_by_name, to_char(ct.opinion_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS opinion_at
       FROM case_task ct
       JOIN org_unit tu ON tu.tenant_id = ct.tenant_id AND tu.id = ct.department_id
       LEFT JOIN app_user u ON u.tenant_id = ct.tenant_id AND u.id = ct.opinion_by
      WHERE ct.case_id = ANY ($1::uuid[])
      ORDER BY ct.case_id, ct.position`,
    [caseIds],
  );
}

/** The joint surveys of a case, oldest first, with the departments each served. */
export async function loadSurveys(m: EntityManager, caseId: string): Promise<CaseSurveyView[]> {
  const rows = await selectRows<{ id: string; reason: string; started_on: string; ended_on: string | null; departments: { id: string; name: string }[] }>(
    m,
    `SELECT s.id, s.reason, s.started_on::text AS started_on, s.ended_on::text AS ended_on,
            (SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY d.n)
               FROM unnest(s.department_ids) WITH ORDINALITY AS d(id, n) JOIN org_unit u ON u.tenant_id = s.tenant_id AND u.id = d.id) AS departments
       FROM case_survey s WHERE s.case_id = $1 ORDER BY s.started_on, s.id`,
    [caseId],
  );
  return rows.map((r) => ({ id: r.id, reason: r.reason, startedOn: r.started_on, endedOn: r.ended_on, departments: r.departments ?? [] }));
}
