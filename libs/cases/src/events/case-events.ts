import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import PgBoss from 'pg-boss';
import { RequestContext, selectOne, TenantDatabase } from '@county/tenancy';
import type { CaseAction } from '../case/case-process';
import { CaseEventKind, CaseEventPayload, CaseEventSource, eventsOfMove, QUEUES_OF, RAISING_ACTIONS } from './case-event-kinds';
import { CASE_EVENT_DEFAULTS, CASE_EVENTS_OPTIONS, CaseEventsOptions } from './case-events.options';
import { poolDb, transactionDb } from './job-database';
import { CaseJob, JOB_SCHEMA } from './job-queues';

/**
 * The outbox: a move's events are written in the move's own transaction — the `case_event` row
 * and one pg-boss job per consumer, both through the transaction's connection — so a move that
 * rolls back leaves no event, and one that commits cannot lose its event however long the
 * worker is down (jobs wait in pg-boss up to 14 days).
 */
/** Who moved the case: a person's request, or the platform itself (超时默许) with no user. */
export type EventActor = Pick<RequestContext, 'tenantId'> & { user?: { id: string } | null };

@Injectable()
export class CaseEvents {
  /** Never started: it only writes jobs, on the connection each call hands it. */
  private readonly boss: PgBoss;
  private readonly options: Required<Omit<CaseEventsOptions, 'smsProvider'>>;

  constructor(db: TenantDatabase, @Inject(CASE_EVENTS_OPTIONS) options: CaseEventsOptions) {
    this.boss = new PgBoss({ db: poolDb(db.dataSource), schema: JOB_SCHEMA });
    this.options = { ...CASE_EVENT_DEFAULTS, ...options };
  }

  /** Records what `action` on the case just did, if anyone is to hear of it. Call inside the move's transaction. */
  async recordMove(m: EntityManager, ctx: EventActor, caseId: string, action: CaseAction): Promise<void> {
    if (!RAISING_ACTIONS.includes(action)) return;
    const source = await selectOne<CaseEventSource>(
      m,
      `SELECT c.case_number AS "caseNumber", c.verification_code AS "verificationCode", c.matter_name AS "matterName",
              c.applicant_name AS "applicantName", c.due_date::text AS "dueDate", c.missing_materials AS "missingMaterials",
              c.gaps_due_date::text AS "gapsDueDate", c.outcome, c.closing_reason AS reason, c.legal_basis AS "legalBasis",
              c.terms->>'place' AS place, mv.content->>'type' AS "matterType"
         FROM service_case c
         LEFT JOIN matter_version mv ON mv.tenant_id = c.tenant_id AND mv.matter_id = c.matter_id AND mv.version = c.matter_version
        WHERE c.id = $1`,
      [caseId],
    );
    if (!source) return;
    const { matterType: _type, ...payload } = source;
    for (const kind of eventsOfMove(action, source)) await this.record(m, ctx, caseId, kind, payload);
  }

  private async record(m: EntityManager, ctx: EventActor, caseId: string, kind: CaseEventKind, payload: CaseEventPayload): Promise<void> {
    const event = await selectOne<{ id: string }>(
      m,
      `INSERT INTO case_event (tenant_id, case_id, kind, payload, actor_id) VALUES (current_tenant_id(), $1, $2, $3, $4) RETURNING id`,
      [caseId, kind, JSON.stringify(payload), ctx.user?.id ?? null],
    );
    const job: CaseJob = { tenantId: ctx.tenantId, eventId: event!.id };
    for (const queue of QUEUES_OF[kind]) {
      await this.boss.send(queue, job, {
        db: transactionDb(m),
        retryLimit: this.options.retryLimit,
        retryDelay: this.options.retryDelaySeconds,
        retryBackoff: true,
        // A job a crashed worker held goes back to the queue after this long.
        expireInSeconds: 120,
        retentionDays: 14,
      });
    }
  }
}
