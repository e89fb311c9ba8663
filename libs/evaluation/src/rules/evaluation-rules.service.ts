import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext, TenantDatabase } from '@county/tenancy';
import { EvaluationError } from '../evaluation.errors';
import { evaluationAudit } from '../evaluation.audit';
import { GRADES } from '../rating/grades';
import { loadEvaluationRules, rulesOrDefault } from './evaluation-rules';
import { EvaluationRulesInput, EvaluationRulesView } from './evaluation-rules.types';

/** 好差评规则 of the caller's county: set by its administrator, read by supervisors and staff. */
@Injectable()
export class EvaluationRulesService {
  constructor(private readonly db: TenantDatabase) {}

  get(ctx: RequestContext): Promise<EvaluationRulesView> {
    return this.db.run(ctx, (m) => this.read(m));
  }

  set(ctx: RequestContext, input: EvaluationRulesInput): Promise<EvaluationRulesView> {
    const bad = GRADES.filter((g) => input.badGrades?.includes(g));
    // 满意 or better can never be 差评: a county may widen bad to 基本满意, no further.
    if (!bad.length || bad.includes('very_satisfied') || bad.includes('satisfied') || bad.length !== new Set(input.badGrades).size) throw EvaluationError.RulesInvalid();
    if (!Number.isInteger(input.rectificationWorkingDays) || input.rectificationWorkingDays < 1 || input.rectificationWorkingDays > 60) throw EvaluationError.RulesInvalid();
    return this.db.run(ctx, async (m) => {
      const before = await this.read(m);
      await m.query(
        `INSERT INTO evaluation_rules (tenant_id, bad_grades, rectification_working_days, anonymous_bad_opens_rectification, updated_by)
         VALUES (current_tenant_id(), $1, $2, $3, $4)
         ON CONFLICT (tenant_id) DO UPDATE SET bad_grades = $1, rectification_working_days = $2, anonymous_bad_opens_rectification = $3, updated_by = $4, updated_at = now()`,
        [bad, input.rectificationWorkingDays, input.anonymousBadOpensRectification, ctx.user.id],
      );
      const after = await this.read(m);
      const show = (v: unknown) => (Array.isArray(v) ? v.join('、') : String(v));
      const changed = (['badGrades', 'rectificationWorkingDays', 'anonymousBadOpensRectification'] as const).filter((k) => show(before[k]) !== show(after[k]));
      await evaluationAudit(m, ctx, 'evaluation_rules_set', null, Object.fromEntries(changed.map((k) => [k, `${show(before[k])} → ${show(after[k])}`])));
      return after;
    });
  }

  private async read(m: EntityManager): Promise<EvaluationRulesView> {
    const stored = await loadEvaluationRules(m);
    return { ...rulesOrDefault(stored), isDefault: !stored, updatedAt: stored?.updatedAt ?? null };
  }
}
