import { EntityManager } from 'typeorm';
import { WorkingCalendar } from '../calendar/working-calendar';
import { workingCalendarOf } from '../calendar/calendar.service';

/** 办件规则: what a county decides for its cases (case_rules; the defaults until it does). */
export interface CaseRules {
  /** 黄牌 when this many working days or fewer are left… */
  yellowWorkingDaysLeft: number;
  /** …or this share of the limit (percent) or less. */
  yellowSharePercent: number;
  /** 容缺受理: promised materials are due this many working days after acceptance (seed 001: 15). */
  gapsDueWorkingDays: number;
  /** 绿色通道: the whole case within this many working days (seed 001: 20)… */
  greenChannelWorkingDays: number;
  /** …for projects investing at least this much, in 万元 (seed 001: 1,000)… */
  greenChannelMinInvestmentWan: number;
  /** …and silence past that limit counts as approval (超时默许). */
  greenChannelDeemedApproval: boolean;
}

export const DEFAULT_CASE_RULES: Readonly<CaseRules> = Object.freeze({
  yellowWorkingDaysLeft: 1,
  yellowSharePercent: 20,
  gapsDueWorkingDays: 15,
  greenChannelWorkingDays: 20,
  greenChannelMinInvestmentWan: 1000,
  greenChannelDeemedApproval: true,
});

/** What dating a case needs: the county's working calendar and its rules. */
export interface CaseClockSetting {
  calendar: WorkingCalendar;
  rules: CaseRules;
}

export const RULES_SELECT = `SELECT json_build_object('yellowWorkingDaysLeft', r.yellow_working_days_left, 'yellowSharePercent', r.yellow_share_percent,
    'gapsDueWorkingDays', r.gaps_due_working_days, 'greenChannelWorkingDays', r.green_channel_working_days,
    'greenChannelMinInvestmentWan', r.green_channel_min_investment_wan, 'greenChannelDeemedApproval', r.green_channel_deemed_approval,
    'updatedAt', r.updated_at)
  FROM case_rules r`;

/** The county's calendar and rules in one read (every case read and move needs both). */
export async function loadCaseClockSetting(m: EntityManager): Promise<CaseClockSetting> {
  const [row] = await m.query(
    `SELECT (SELECT coalesce(json_agg(json_build_object('date', day::text, 'kind', kind, 'name', name) ORDER BY day), '[]')::text FROM calendar_day) AS days,
            (SELECT coalesce(json_agg(year ORDER BY year), '[]')::text FROM calendar_year) AS years,
            (${RULES_SELECT}) AS rules`,
  );
  return { calendar: workingCalendarOf(row.days, row.years), rules: rulesOf(row.rules) };
}

export function rulesOf(stored: (CaseRules & { updatedAt?: string }) | null): CaseRules {
  if (!stored) return { ...DEFAULT_CASE_RULES };
  const { updatedAt: _updatedAt, ...rules } = stored;
  return rules;
}
