import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, fetchPage, isUuid, PageArgs, Page, RequestContext, selectRows, TenancyError, TenantDatabase } from '@county/tenancy';
import { loadWorkingCalendar, WorkingCalendar } from '@county/cases';
import { EvaluationError } from '../evaluation.errors';
import { evaluationAudit, EvaluationAuditAction } from '../evaluation.audit';
import { Grade } from '../rating/grades';
import { APPLICANT_ANSWERS, ApplicantAnswer, nextState, RECTIFICATION_STATES, RectificationState, RectificationStep, rectificationWarning } from './rectification-process';
import { RectificationStepInput, RectificationView } from './rectification.types';

interface RectificationRow {
  id: string;
  rating_id: string;
  case_id: string;
  case_number: string | null;
  matter_name: string;
  grade: Grade;
  comment: string | null;
  responsible_unit_id: string;
  responsible_unit_name: string;
  state: RectificationState;
  opened_on: string;
  due_date: string;
  due_provisional: boolean;
  finding: string | null;
  verified_by: string | null;
  verified_by_name: string | null;
  verified_at: Date | null;
  measures: string | null;
  rectified_by: string | null;
  rectified_by_name: string | null;
  rectified_at: Date | null;
  callback_outcome: string | null;
  applicant_answer: ApplicantAnswer | null;
  callback_by: string | null;
  callback_by_name: string | null;
  callback_at: Date | null;
  review_note: string | null;
  closed_by: string | null;
  closed_by_name: string | null;
  closed_at: Date | null;
  can_work: boolean;
  can_review: boolean;
}

/** Each step: the column it writes its text to, who and when, and its audit action. */
const STEP_COLUMNS: Record<RectificationStep, { text: string; by: string; at: string; audit: EvaluationAuditAction; detail: string; field: string }> = {
  verify: { text: 'finding', by: 'verified_by', at: 'verified_at', audit: 'rectification_verified', detail: 'finding', field: 'finding' },
  rectify: { text: 'measures', by: 'rectified_by', at: 'rectified_at', audit: 'rectification_rectified', detail: 'measures', field: 'measures' },
  callback: { text: 'callback_outcome', by: 'callback_by', at: 'callback_at', audit: 'rectification_called_back', detail: 'outcome', field: 'outcome' },
  close: { text: 'review_note', by: 'closed_by', at: 'closed_at', audit: 'rectification_closed', detail: 'reviewNote', field: 'reviewNote' },
};

const step = (text: string | null, by: string | null, name: string | null, at: Date | null) => (at ? { text: text ?? '', by: by ? { id: by, name: name ?? '' } : null, at: new Date(at).toISOString() } : null);

/**
 * 整改: the responsible unit verifies the bad rating (核实), records its measures (整改) and calls
 * the applicant back (回访); the county's supervisor reviews and closes it (复核). Steps go in
 * that order only; each is an audit entry with who and when.
 */
@Injectable()
export class Rectifications {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  list(ctx: RequestContext, filter: { states?: RectificationState[] | null }, page: PageArgs): Promise<Page<RectificationView>> {
    ctx.assertCan('read', 'Rectification');
    return this.db.run(ctx, async (m) => {
      const states = filter.states?.filter((s) => RECTIFICATION_STATES.includes(s));
      const params: unknown[] = [states?.length ? states : null];
      const read = ctx.allowedSql('read', 'Rectification', params);
      const found = await fetchPage<{ id: string }>(
        m,
        { sql: `SELECT x.id, x.due_date::text AS due_key FROM rectification x WHERE ($1::text[] IS NULL OR x.state = ANY ($1)) AND ${read}`, params, keys: [{ column: 'due_key' }, { column: 'id' }] },
        page,
      );
      return { ...found, nodes: await this.load(m, ctx, found.nodes.map((n) => n.id)) };
    });
  }

  get(ctx: RequestContext, id: string): Promise<RectificationView> {
    return this.db.run(ctx, async (m) => {
      const [view] = await this.load(m, ctx, [id]);
      if (!view) throw EvaluationError.RectificationNotFound(id);
      return view;
    });
  }

  /** One step; out of order → RECTIFICATION_STEP_OUT_OF_ORDER, nothing changed. */
  take(ctx: RequestContext, id: string, action: RectificationStep, input: RectificationStepInput): Promise<RectificationView> {
    const text = (input.text ?? '').trim();
    const columns = STEP_COLUMNS[action];
    if (!text || [...text].length > 1000) throw EvaluationError.StepTextRequired(columns.field);
    const answer = input.applicantAnswer ?? null;
    if (action === 'callback' && (!answer || !APPLICANT_ANSWERS.includes(answer))) throw EvaluationError.StepTextRequired('applicantAnswer');
    return this.db.run(ctx, async (m) => {
      const [row] = await this.rows(m, ctx, [id], true);
      if (!row) throw EvaluationError.RectificationNotFound(id);
      if (!(action === 'close' ? row.can_review : row.can_work)) throw TenancyError.Forbidden();
      const to = nextState(row.state, action);
      if (!to) throw EvaluationError.RectificationOutOfOrder(row.state, action);
      await m.query(
        `UPDATE rectification SET state = $2, ${columns.text} = $3, ${columns.by} = $4, ${columns.at} = $5${action === 'callback' ? ', applicant_answer = $6' : ''} WHERE id = $1`,
        [id, to, text, ctx.user.id, this.clock.now(), ...(action === 'callback' ? [answer] : [])],
      );
      await evaluationAudit(m, ctx, columns.audit, { type: 'Rectification', id }, {
        caseId: row.case_id,
        caseNumber: row.case_number,
        to,
        [columns.detail]: text,
        ...(action === 'callback' ? { applicantAnswer: answer } : {}),
      });
      const [view] = await this.load(m, ctx, [id]);
      return view;
    });
  }

  private async rows(m: EntityManager, ctx: RequestContext, ids: string[], forUpdate = false): Promise<RectificationRow[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const params: unknown[] = [valid];
    const read = ctx.allowedSql('read', 'Rectification', params);
    const work = ctx.allowedSql('work', 'Rectification', params);
    const review = ctx.allowedSql('review', 'Rectification', params);
    const rows = await selectRows<RectificationRow>(
      m,
      `SELECT x.id, x.rating_id, x.case_id, c.case_number, c.matter_name, r.grade, r.comment, x.responsible_unit_id, u.name AS responsible_unit_name,
              x.state, x.opened_on::text AS opened_on, x.due_date::text AS due_date, x.due_provisional,
              x.finding, x.verified_by, vb.display_name AS verified_by_name, x.verified_at,
              x.measures, x.rectified_by, rb.display_name AS rectified_by_name, x.rectified_at,
              x.callback_outcome, x.applicant_answer, x.callback_by, cb.display_name AS callback_by_name, x.callback_at,
              x.review_note, x.closed_by, clb.display_name AS closed_by_name, x.closed_at,
              (${work}) AS can_work, (${review}) AS can_review
         FROM rectification x
         JOIN case_rating r ON r.tenant_id = x.tenant_id AND r.id = x.rating_id
         JOIN service_case c ON c.tenant_id = x.tenant_id AND c.id = x.case_id
         JOIN org_unit u ON u.tenant_id = x.tenant_id AND u.id = x.responsible_unit_id
         LEFT JOIN app_user vb ON vb.tenant_id = x.tenant_id AND vb.id = x.verified_by
         LEFT JOIN app_user rb ON rb.tenant_id = x.tenant_id AND rb.id = x.rectified_by
         LEFT JOIN app_user cb ON cb.tenant_id = x.tenant_id AND cb.id = x.callback_by
         LEFT JOIN app_user clb ON clb.tenant_id = x.tenant_id AND clb.id = x.closed_by
        WHERE x.id = ANY ($1::uuid[]) AND ${read}${forUpdate ? ' FOR UPDATE OF x' : ''}`,
      params,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return valid.map((id) => byId.get(id)).filter((r): r is RectificationRow => !!r);
  }

  private async load(m: EntityManager, ctx: RequestContext, ids: string[]): Promise<RectificationView[]> {
    const rows = await this.rows(m, ctx, ids);
    if (!rows.length) return [];
    const calendar: WorkingCalendar = await loadWorkingCalendar(m);
    const today = this.clock.today();
    return rows.map((r) => ({
      id: r.id,
      ratingId: r.rating_id,
      caseId: r.case_id,
      caseNumber: r.case_number,
      matterName: r.matter_name,
      grade: r.grade,
      comment: r.comment,
      responsibleUnit: { id: r.responsible_unit_id, name: r.responsible_unit_name },
      state: r.state,
      openedOn: r.opened_on,
      dueDate: r.due_date,
      dueProvisional: r.due_provisional,
      warning: rectificationWarning(r.state, r.due_date, today, (a, b) => calendar.workingDaysBetween(a, b)),
      verification: step(r.finding, r.verified_by, r.verified_by_name, r.verified_at),
      measures: step(r.measures, r.rectified_by, r.rectified_by_name, r.rectified_at),
      callback: step(r.callback_outcome, r.callback_by, r.callback_by_name, r.callback_at),
      applicantAnswer: r.applicant_answer,
      review: step(r.review_note, r.closed_by, r.closed_by_name, r.closed_at),
      canAct: r.state === 'callback_done' ? r.can_review : r.state !== 'closed' && r.can_work,
    }));
  }
}
