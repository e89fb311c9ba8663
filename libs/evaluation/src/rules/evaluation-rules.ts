import { EntityManager } from 'typeorm';
import { selectOne } from '@county/tenancy';
import { Grade } from '../rating/grades';

/** 好差评规则 of a county (evaluation_rules; the defaults until its administrator sets them). */
export interface EvaluationRules {
  /** The grades that count as 差评 and open a rectification. */
  badGrades: Grade[];
  /** 整改 is due this many working days after the rating. */
  rectificationWorkingDays: number;
  /** An anonymous bad rating (the public lookup: nobody signed in) opens a rectification too. */
  anonymousBadOpensRectification: boolean;
}

/**
 * The platform's defaults. Bad = the two 不满意 grades (国办发〔2019〕51号 counts them as 差评);
 * 5 working days is an assumption taken from the local plans DOMAIN.md §4 cites as an example —
 * each county sets its own.
 */
export const DEFAULT_EVALUATION_RULES: Readonly<EvaluationRules> = Object.freeze({
  badGrades: ['dissatisfied', 'very_dissatisfied'] as Grade[],
  rectificationWorkingDays: 5,
  anonymousBadOpensRectification: true,
});

export interface StoredRules extends EvaluationRules {
  updatedAt: string;
}

export async function loadEvaluationRules(m: EntityManager): Promise<StoredRules | null> {
  const row = await selectOne<{ bad_grades: Grade[]; rectification_working_days: number; anonymous_bad_opens_rectification: boolean; updated_at: Date }>(
    m,
    `SELECT bad_grades, rectification_working_days, anonymous_bad_opens_rectification, updated_at FROM evaluation_rules`,
  );
  if (!row) return null;
  return {
    badGrades: row.bad_grades,
    rectificationWorkingDays: row.rectification_working_days,
    anonymousBadOpensRectification: row.anonymous_bad_opens_rectification,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export const rulesOrDefault = (stored: EvaluationRules | null): EvaluationRules => (stored ? { badGrades: stored.badGrades, rectificationWorkingDays: stored.rectificationWorkingDays, anonymousBadOpensRectification: stored.anonymousBadOpensRectification } : { ...DEFAULT_EVALUATION_RULES, badGrades: [...DEFAULT_EVALUATION_RULES.badGrades] });

/** Whether a rating of this grade opens a rectification under the rules. */
export function opensRectification(rules: EvaluationRules, grade: Grade, anonymous: boolean): boolean {
  return rules.badGrades.includes(grade) && (!anonymous || rules.anonymousBadOpensRectification);
}
