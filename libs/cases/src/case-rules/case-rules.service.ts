import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext, selectOne, TenantDatabase } from '@county/tenancy';
import { casesAudit } from '../cases.audit';
import { CaseRules, rulesOf, RULES_SELECT } from './case-rules';
import { CaseRulesInput, CaseRulesView } from './case-rules.types';

/** 办件规则 of the caller's county: read by everyone who handles cases, set by its administrator. */
@Injectable()
export class CaseRulesService {
  constructor(private readonly db: TenantDatabase) {}

  get(ctx: RequestContext): Promise<CaseRulesView> {
    return this.db.run(ctx, (m) => this.read(m));
  }

  set(ctx: RequestContext, input: CaseRulesInput): Promise<CaseRulesView> {
    return this.db.run(ctx, async (m) => {
      const before = await this.read(m);
      await m.query(
        `INSERT INTO case_rules (tenant_id, yellow_working_days_left, yellow_share_percent, gaps_due_working_days, green_channel_working_days,
            green_channel_min_investment_wan, green_channel_deemed_approval, updated_by)
         VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (tenant_id) DO UPDATE SET yellow_working_days_left = $1, yellow_share_percent = $2, gaps_due_working_days = $3,
            green_channel_working_days = $4, green_channel_min_investment_wan = $5, green_channel_deemed_approval = $6, updated_by = $7, updated_at = now()`,
        [input.yellowWorkingDaysLeft, input.yellowSharePercent, input.gapsDueWorkingDays, input.greenChannelWorkingDays, input.greenChannelMinInvestmentWan, input.greenChannelDeemedApproval, ctx.user.id],
      );
      const after = await this.read(m);
      const changed = (Object.keys(input) as (keyof CaseRules)[]).filter((k) => before[k] !== after[k]);
      await casesAudit(m, ctx, 'case_rules_set', null, Object.fromEntries(changed.map((k) => [k, `${before[k]} → ${after[k]}`])));
      return after;
    });
  }

  private async read(m: EntityManager): Promise<CaseRulesView> {
    const row = await selectOne<{ rules: (CaseRules & { updatedAt: string }) | null }>(m, `SELECT (${RULES_SELECT}) AS rules`);
    return { ...rulesOf(row?.rules ?? null), isDefault: !row?.rules, updatedAt: row?.rules?.updatedAt ?? null };
  }
}
