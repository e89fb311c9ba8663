import { EntityManager } from 'typeorm';
import { RequestContext, selectRows } from '@county/tenancy';
import { WorkingCalendar } from '../calendar/working-calendar';
import { CaseClockSetting, CaseRules } from '../case-rules/case-rules';
import { CaseFacts } from './case-clock';
import { actionsFrom, CaseAction } from './case-process';
import { CaseState, CLOCKED_STATES } from './case-state';
import { AcceptanceMode, CaseOutcome, CaseView, CaseWarning } from './case.types';

export interface CaseRow {
  id: string;
  case_number: string | null;
  verification_code: string;
  state: CaseState;
  matter_id: string;
  matter_version: number;
  matter_name: string;
  applicant_name: string;
  accepting_unit_id: string;
  accepting_unit_name: string;
  current_unit_id: string;
  current_unit_name: string;
  deciding_unit_id: string;
  deciding_unit_name: string;
  acceptance_mode: AcceptanceMode | null;
  supplement_count: number;
  limit_working_days: number;
  natural_day_cap: number | null;
  accepted_on: string | null;
  due_date: string | null;
  due_provisional: boolean;
  suspended_since: string | null;
  suspended_working_days: number;
  missing_materials: string[];
  gaps_due_date: string | null;
  outcome: CaseOutcome | null;
  green_channel: boolean;
  investment_wan: number | null;
  deemed_approval: boolean;
  decided_by_silence: boolean;
  submitted_at: Date;
  applicant_id: string | null;
  proxy_consent_id: string | null;
  submitted_by_name: string | null;
  can_handle: boolean;
  can_decide: boolean;
}

/** The case columns every read needs, with the names of its units and what the caller may do. */
export function caseSelect(ctx: RequestContext, params: unknown[]): string {
  const handle = ctx.allowedSql('handle', 'Case', params);
  const decide = ctx.allowedSql('decide', 'Case', params);
  return `SELECT c.id, c.case_number, c.verification_code, c.state, c.matter_id, c.matter_version, c.matter_name, c.applicant_name,
      c.accepting_unit_id, au.name AS accepting_unit_name, c.current_unit_id, cu2.name AS current_unit_name,
      c.deciding_unit_id, du.name AS deciding_unit_name, c.acceptance_mode, c.supplement_count, c.limit_working_days,
      c.natural_day_cap, c.accepted_on::text AS accepted_on, c.due_date::text AS due_date, c.due_provisional,
      c.suspended_since::text AS suspended_since, c.suspended_working_days, c.missing_materials,
      c.gaps_due_date::text AS gaps_due_date, c.outcome, c.green_channel, c.investment_wan, c.deemed_approval, c.decided_by_silence, c.submitted_at,
      c.applicant_id, c.proxy_consent_id, (SELECT sb.display_name FROM app_user sb WHERE sb.tenant_id = c.tenant_id AND sb.id = c.submitted_by) AS submitted_by_name,
      (${handle}) AS can_handle, (${decide}) AS can_decide
    FROM service_case c
    JOIN org_unit au ON au.tenant_id = c.tenant_id AND au.id = c.accepting_unit_id
    JOIN org_unit cu2 ON cu2.tenant_id = c.tenant_id AND cu2.id = c.current_unit_id
    JOIN org_unit du ON du.tenant_id = c.tenant_id AND du.id = c.deciding_unit_id`;
}

/**
 * The cases with these ids that the caller may read, in the order asked. `forUpdate` locks
 * their rows until the transaction ends (row-level security hides other counties' rows from
 * the lock too): two people moving a case at once take turns, the second sees the first's state.
 */
export async function loadCases(m: EntityManager, ctx: RequestContext, ids: string[], forUpdate = false): Promise<CaseRow[]> {
  if (!ids.length) return [];
  const params: unknown[] = [ids];
  const select = caseSelect(ctx, params);
  const read = ctx.allowedSql('read', 'Case', params);
  const rows = await selectRows<CaseRow>(m, `${select} WHERE c.id = ANY ($1::uuid[]) AND ${read}${forUpdate ? ' FOR UPDATE OF c' : ''}`, params);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is CaseRow => !!r);
}

export function factsOf(row: CaseRow): CaseFacts {
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

/** 黄牌 by the county's thresholds (case_rules: working days left, or share of the limit left); 红牌 once overdue. */
export function warningOf(row: Pick<CaseRow, 'state' | 'due_date' | 'limit_working_days'>, today: string, calendar: WorkingCalendar, rules: Pick<CaseRules, 'yellowWorkingDaysLeft' | 'yellowSharePercent'>): CaseWarning | null {
  if (!CLOCKED_STATES.includes(row.state) || !row.due_date) return null;
  if (today > row.due_date) return CaseWarning.RED;
  const left = calendar.workingDaysBetween(today, row.due_date);
  if (left <= rules.yellowWorkingDaysLeft || left * 100 <= row.limit_working_days * rules.yellowSharePercent) return CaseWarning.YELLOW;
  return CaseWarning.NORMAL;
}

export function viewOf(row: CaseRow, today: string, { calendar, rules }: CaseClockSetting): CaseView {
  const open = (a: CaseAction) => (a === 'decide' ? row.can_decide : row.can_handle);
  return {
    id: row.id,
    caseNumber: row.case_number,
    verificationCode: row.verification_code,
    state: row.state,
    matterId: row.matter_id,
    matterVersion: row.matter_version,
    matterName: row.matter_name,
    applicantName: row.applicant_name,
    acceptingUnit: { id: row.accepting_unit_id, name: row.accepting_unit_name },
    currentUnit: { id: row.current_unit_id, name: row.current_unit_name },
    decidingUnit: { id: row.deciding_unit_id, name: row.deciding_unit_name },
    acceptanceMode: row.acceptance_mode,
    limitWorkingDays: row.limit_working_days,
    acceptedOn: row.accepted_on,
    dueDate: row.due_date,
    dueProvisional: row.due_provisional,
    warning: warningOf(row, today, calendar, rules),
    suspendedWorkingDays: row.suspended_working_days,
    supplementCount: row.supplement_count,
    missingMaterials: row.missing_materials ?? [],
    gapsDueDate: row.gaps_due_date,
    outcome: row.outcome,
    greenChannel: row.green_channel,
    investmentWan: row.investment_wan,
    deemedApproval: row.deemed_approval,
    decidedBySilence: row.decided_by_silence,
    submittedAt: new Date(row.submitted_at).toISOString(),
    applicantId: row.applicant_id,
    proxyConsentId: row.proxy_consent_id,
    submittedByName: row.submitted_by_name,
    availableActions: actionsFrom(row.state).filter(open).filter((a) => a !== 'request_supplement' || row.supplement_count === 0),
  };
}
