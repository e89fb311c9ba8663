import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, isUuid, RequestContext, selectOne, TenancyError, TenantDatabase } from '@county/tenancy';
import { CasesError } from '../cases.errors';
import { casesAudit } from '../cases.audit';
import { loadCases } from '../case/case-rows';
import { CaseState, CLOCKED_STATES } from '../case/case-state';
import { once } from '../case/idempotency';
import { CaseTaskRow, loadSurveys, loadTasks } from './case-task-rows';
import { CaseDeciderView, CaseSurveyView, CaseTaskOpinionInput, CaseTaskState, CaseTaskView } from './case-task.types';

/**
 * 联办任务: what each co-implementing department of a case sees and says. A department gives
 * its opinion once, while the case is under way; the opinion is an audit entry on the case, so
 * the timeline shows it.
 */
@Injectable()
export class CaseTasks {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The tasks of a case the caller may read (none for one she may not). */
  tasks(ctx: RequestContext, caseId: string): Promise<CaseTaskView[]> {
    return this.db.run(ctx, async (m) => {
      const [c] = isUuid(caseId) ? await loadCases(m, ctx, [caseId]) : [];
      if (!c) return [];
      return (await loadTasks(m, [caseId])).map((t) => this.viewOf(ctx, t, c.state));
    });
  }

  surveys(ctx: RequestContext, caseId: string): Promise<CaseSurveyView[]> {
    return this.db.run(ctx, async (m) => ((await this.readable(m, ctx, caseId)) ? loadSurveys(m, caseId) : []));
  }

  /** Who decided the case, for whom and under which delegation; null before a decision. */
  decidedBy(ctx: RequestContext, caseId: string): Promise<CaseDeciderView | null> {
    return this.db.run(ctx, async (m) => {
      if (!(await this.readable(m, ctx, caseId))) return null;
      const row = await selectOne<{ user_id: string; display_name: string; unit_id: string; unit_name: string; delegation_id: string | null }>(
        m,
        `SELECT c.decided_by AS user_id, u.display_name, du.id AS unit_id, du.name AS unit_name, c.decided_under_delegation_id AS delegation_id
           FROM service_case c
           JOIN app_user u ON u.tenant_id = c.tenant_id AND u.id = c.decided_by
           JOIN org_unit du ON du.tenant_id = c.tenant_id AND du.id = c.deciding_unit_id
          WHERE c.id = $1`,
        [caseId],
      );
      return row ? { userId: row.user_id, displayName: row.display_name, onBehalfOf: { id: row.unit_id, name: row.unit_name }, delegationId: row.delegation_id } : null;
    });
  }

  /** 出具意见: the task's department agrees, or disagrees with a reason; once, while the case is open. */
  giveOpinion(ctx: RequestContext, taskId: string, input: CaseTaskOpinionInput): Promise<CaseTaskView> {
    ctx.assertCan('opine', 'Case');
    const reason = (input.reason ?? '').trim() || null;
    if (!input.agree && !reason) throw CasesError.CaseInputInvalid('reason', '不同意须写明理由', 'a disagreement needs a reason');
    if (reason && reason.length > 500) throw CasesError.CaseInputInvalid('reason', '最多 500 个字', 'at most 500 characters');
    const { idempotencyKey, ...request } = input;
    return this.db.run(ctx, (m) =>
      once(m, idempotencyKey, `case-task:opinion:${taskId}`, request, async () => {
        const caseId = isUuid(taskId) ? (await selectOne<{ case_id: string }>(m, `SELECT case_id FROM case_task WHERE id = $1`, [taskId]))?.case_id : undefined;
        // The case row first, as every move takes it: a decision and an opinion take turns.
        if (caseId) await m.query(`SELECT 1 FROM service_case WHERE id = $1 FOR UPDATE`, [caseId]);
        const [c] = caseId ? await loadCases(m, ctx, [caseId]) : [];
        if (!c) throw CasesError.CaseTaskNotFound(taskId);
        const task = (await loadTasks(m, [c.id])).find((t) => t.id === taskId)!;
        if (!ctx.can('opine', 'Case', { taskPath: task.department_path })) throw TenancyError.Forbidden();
        if (!CLOCKED_STATES.includes(c.state)) throw CasesError.CaseTaskNotOpen(c.state);
        if (task.state !== CaseTaskState.OPEN) throw CasesError.CaseTaskAnswered(task.department_name);
        const state = input.agree ? CaseTaskState.AGREED : CaseTaskState.DISAGREED;
        await m.query(`UPDATE case_task SET state = $2, reason = $3, opinion_by = $4, opinion_at = $5 WHERE id = $1`, [taskId, state, reason, ctx.user.id, this.clock.now()]);
        await casesAudit(m, ctx, 'case_task_opinion_given', { type: 'Case', id: c.id }, { department: task.department_name, opinion: state, reason });
        const updated = (await loadTasks(m, [c.id])).find((t) => t.id === taskId)!;
        return this.viewOf(ctx, updated, c.state);
      }),
    );
  }

  private async readable(m: EntityManager, ctx: RequestContext, caseId: string): Promise<boolean> {
    return isUuid(caseId) && (await loadCases(m, ctx, [caseId])).length > 0;
  }

  private viewOf(ctx: RequestContext, t: CaseTaskRow, caseState: CaseState): CaseTaskView {
    return {
      id: t.id,
      department: { id: t.department_id, name: t.department_name },
      state: t.state,
      reason: t.reason,
      opinionByName: t.opinion_by_name,
      opinionAt: t.opinion_at,
      canGiveOpinion: t.state === CaseTaskState.OPEN && CLOCKED_STATES.includes(caseState) && ctx.can('opine', 'Case', { taskPath: t.department_path }),
    };
  }
}
