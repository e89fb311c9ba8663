import { Inject, Injectable } from '@nestjs/common';
import { Clock, PLATFORM_TENANT_ID, RequestContext, selectRows, TenantDatabase } from '@county/tenancy';
import { casesAudit } from '../cases.audit';
import { loadCaseClockSetting } from '../case-rules/case-rules';
import { CaseFacts, move } from './case-clock';
import { CASE_PROCESS } from './case-process';
import { CaseState } from './case-state';
import { CaseEvents } from '../events/case-events';

/** Cases one sweep decides at most per county; the next sweep takes the rest. */
const BATCH = 500;

interface SilentCase {
  id: string;
  state: CaseState;
  supplement_count: number;
  limit_working_days: number;
  natural_day_cap: number | null;
  accepted_on: string | null;
  due_date: string | null;
  due_provisional: boolean;
  suspended_since: string | null;
  suspended_working_days: number;
  deemed_approval: boolean;
}

/**
 * 超时默许: where the matter or the green channel says so, a case still undecided after the last
 * day of its limit is approved by silence — recorded as a decision like any other (准予, sent
 * back to the accepting unit for delivery), flagged `decided_by_silence`, on the audit chain
 * with no person as actor. Suspended cases wait: their clock is stopped. A joint department
 * that stayed silent counts as agreeing (缺席默认, seed 001); one that disagreed in writing keeps
 * the case from being approved by silence — it stays red for the supervisors.
 */
@Injectable()
export class DeemedApprovals {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(Clock) private readonly clock: Clock,
    private readonly events: CaseEvents,
  ) {}

  /** The caller's county, now (电子监察 or the administrator may run it at once). */
  recordNow(ctx: RequestContext): Promise<string[]> {
    return this.sweep(ctx.tenantId);
  }

  /** Every county: what the scheduled job runs. */
  async sweepAll(): Promise<number> {
    // Listing counties is the platform's view; each county's cases are then read under its own scope.
    const tenants = await this.db.run({ tenantId: PLATFORM_TENANT_ID, platform: true }, (m) => selectRows<{ id: string }>(m, `SELECT id FROM tenant WHERE kind = 'county' ORDER BY id`));
    let decided = 0;
    for (const t of tenants) decided += (await this.sweep(t.id)).length;
    return decided;
  }

  /** One county's silent cases past their due date, decided; their ids. */
  sweep(tenantId: string): Promise<string[]> {
    const today = this.clock.today();
    return this.db.run({ tenantId }, async (m) => {
      // SKIP LOCKED: a case someone is moving right now is left to the next sweep.
      const rows = await selectRows<SilentCase>(
        m,
        `SELECT id, state, supplement_count, limit_working_days, natural_day_cap, accepted_on::text AS accepted_on, due_date::text AS due_date,
                due_provisional, suspended_since::text AS suspended_since, suspended_working_days, deemed_approval
           FROM service_case
          WHERE deemed_approval AND state = ANY ($1::text[]) AND due_date < $2::date
            AND NOT EXISTS (SELECT 1 FROM case_task ct WHERE ct.tenant_id = service_case.tenant_id AND ct.case_id = service_case.id AND ct.state = 'disagreed')
          ORDER BY due_date, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        [CASE_PROCESS.deem_approved.from, today],
      );
      if (!rows.length) return [];
      const { calendar } = await loadCaseClockSetting(m);
      for (const row of rows) {
        const facts = move(factsOf(row), 'deem_approved', today, calendar);
        await m.query(
          `UPDATE service_case SET state = $2, outcome = 'approved', decided_by_silence = true, current_unit_id = accepting_unit_id,
              closing_reason = $3, updated_at = now() WHERE id = $1`,
          [row.id, facts.state, `超过办理期限（${row.due_date}）未作出决定，视为准予`],
        );
        await casesAudit(m, { tenantId, user: null }, 'case_deemed_approved', { type: 'Case', id: row.id }, { from: row.state, to: facts.state, outcome: 'approved', dueDate: row.due_date });
        await this.events.recordMove(m, { tenantId, user: null }, row.id, 'deem_approved');
      }
      return rows.map((r) => r.id);
    });
  }
}

function factsOf(row: SilentCase): CaseFacts {
  return {
    state: row.state,
    supplementCount: row.supplement_count,
    limitWorkingDays: row.limit_working_days,
    naturalDayCap: row.natural_day_cap,
    acceptedOn: row.accepted_on,
    dueDate: row.due_date,
    dueProvisional: row.due_provisional,
    suspendedSince: row.suspended_since,
    suspendedWorkingDays: row.suspended_working_days,
    deemedApproval: row.deemed_approval,
  };
}
