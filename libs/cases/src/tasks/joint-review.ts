import { EntityManager } from 'typeorm';
import { RequestContext, selectOne, selectRows } from '@county/tenancy';
import { CasesError } from '../cases.errors';
import { CheckedMove } from '../case/case-input';
import { CaseAction } from '../case/case-process';
import { CaseRow } from '../case/case-rows';
import { SuspensionKind } from '../case/case.types';
import { loadTasks } from './case-task-rows';
import { decidingAuthority } from './deciding-authority';
import { decisionBlock, jointDepartmentIds } from './joint-rules';

/** What parallel approval adds to one move: columns to set, audit detail, on whose behalf. */
export interface JointStep {
  set: Record<string, unknown>;
  detail: Record<string, unknown>;
  onBehalfOf: string | null;
}

/**
 * 并联审批 around the case process, called by each move inside its transaction after the case
 * row is locked: acceptance opens one task per co-implementing department (抄告相关); one site
 * survey serves them all (联合踏勘, on the case's one clock); the decision waits for every
 * opinion and is made by whoever holds the authority, recorded on the case.
 */
export async function jointStep(m: EntityManager, ctx: RequestContext, row: CaseRow, action: CaseAction, checked: CheckedMove, today: string, now: Date): Promise<JointStep> {
  const step: JointStep = { set: {}, detail: {}, onBehalfOf: null };
  switch (action) {
    case 'accept': {
      const version = await selectOne<{ ids: unknown }>(m, `SELECT content->'coImplementingBodyIds' AS ids FROM matter_version WHERE matter_id = $1 AND version = $2`, [
        row.matter_id,
        row.matter_version,
      ]);
      const ids = jointDepartmentIds(version?.ids, row.deciding_unit_id);
      if (!ids.length) break;
      const opened = await selectRows<{ name: string }>(
        m,
        `WITH t AS (
           INSERT INTO case_task (tenant_id, case_id, department_id, position)
           SELECT current_tenant_id(), $1, u.id, d.n FROM unnest($2::uuid[]) WITH ORDINALITY AS d(id, n) JOIN org_unit u ON u.id = d.id
           ON CONFLICT DO NOTHING RETURNING department_id)
         SELECT u.name FROM unnest($2::uuid[]) WITH ORDINALITY AS d(id, n) JOIN t ON t.department_id = d.id JOIN org_unit u ON u.id = d.id ORDER BY d.n`,
        [row.id, ids],
      );
      step.detail['jointDepartments'] = opened.map((o) => o.name);
      break;
    }
    case 'suspend': {
      if (checked.suspensionKind !== SuspensionKind.SITE_SURVEY) break;
      const tasks = await loadTasks(m, [row.id]);
      if (!tasks.length) break;
      if (await selectOne(m, `SELECT 1 FROM case_survey WHERE case_id = $1`, [row.id])) throw CasesError.SurveyAlreadyHeld();
      await m.query(
        `INSERT INTO case_survey (tenant_id, case_id, department_ids, reason, started_on, started_by) VALUES (current_tenant_id(), $1, $2, $3, $4, $5)`,
        [row.id, [row.deciding_unit_id, ...tasks.map((t) => t.department_id)], checked.reason, today, ctx.user.id],
      );
      step.detail['surveyDepartments'] = [row.deciding_unit_name, ...tasks.map((t) => t.department_name)];
      break;
    }
    case 'resume':
    case 'withdraw':
      // The survey ends when the case resumes, or is withdrawn during it.
      await m.query(`UPDATE case_survey SET ended_on = $2 WHERE case_id = $1 AND ended_on IS NULL`, [row.id, today]);
      break;
    case 'decide': {
      const authority = await decidingAuthority(m, ctx, row, now);
      const block = decisionBlock(
        (await loadTasks(m, [row.id])).map((t) => ({ departmentName: t.department_name, state: t.state })),
        checked.outcome!,
      );
      if (block?.kind === 'open') throw CasesError.CaseTasksOpen(block.departments);
      if (block?.kind === 'disagreed') throw CasesError.CaseTaskDisagreed(block.departments);
      step.set['decided_by'] = ctx.user.id;
      step.set['decided_under_delegation_id'] = authority.delegationId;
      if (authority.delegationId) step.detail['delegationId'] = authority.delegationId;
      step.onBehalfOf = authority.onBehalfOf;
      break;
    }
  }
  return step;
}
