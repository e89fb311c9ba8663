import { EntityManager } from 'typeorm';
import { AuditActor, selectOne } from '@county/tenancy';
import { EvaluationError } from '../evaluation.errors';
import { evaluationAudit } from '../evaluation.audit';
import { loadEvaluationRules, opensRectification, rulesOrDefault } from '../rules/evaluation-rules';
import { openRectification } from '../rectification/rectification-open';
import { Channel, DIMENSIONS, GRADES, MAX_COMMENT, RATEABLE_STATES } from './grades';
import { RateCaseInput } from './rating.types';

/** The case a rating is for, locked: two ratings of it at once take turns, the second finds the first. */
export interface RatedCase {
  id: string;
  case_number: string | null;
  state: string;
  accepting_unit_id: string;
  accepting_unit_name: string;
  deciding_unit_id: string;
  decided_by: string | null;
}

export const RATED_CASE_SELECT = `SELECT c.id, c.case_number, c.state, c.accepting_unit_id, au.name AS accepting_unit_name, c.deciding_unit_id, c.decided_by
  FROM service_case c JOIN org_unit au ON au.tenant_id = c.tenant_id AND au.id = c.accepting_unit_id`;

/** Bad input answers a coded error before anything is read or written. */
export function checkRating(input: RateCaseInput): { dimensions: { dimension: string; grade: string }[]; comment: string | null } {
  if (!GRADES.includes(input.grade)) throw EvaluationError.RatingInvalid('grade', '须为五级评价之一', 'not one of the five grades');
  const dimensions = input.dimensions ?? [];
  const seen = new Set<string>();
  for (const d of dimensions) {
    if (!DIMENSIONS.includes(d.dimension) || !GRADES.includes(d.grade) || seen.has(d.dimension)) throw EvaluationError.RatingInvalid('dimensions', '每个维度只评一次，等级须为五级之一', 'each dimension once, with one of the five grades');
    seen.add(d.dimension);
  }
  const comment = input.comment?.trim() || null;
  if (comment && [...comment].length > MAX_COMMENT) throw EvaluationError.RatingInvalid('comment', `不超过 ${MAX_COMMENT} 字`, `at most ${MAX_COMMENT} characters`);
  return { dimensions: dimensions.map((d) => ({ dimension: d.dimension, grade: d.grade })), comment };
}

/**
 * Records the one rating of a finished case with the units and people who handled it, and opens
 * a rectification when the county's rules call the grade bad. Returns the rating's id.
 */
export async function recordRating(
  m: EntityManager,
  who: AuditActor,
  c: RatedCase,
  input: RateCaseInput,
  how: { channel: Channel; anonymous: boolean; recordedBy: string | null },
  today: string,
): Promise<string> {
  const { dimensions, comment } = checkRating(input);
  if (!(RATEABLE_STATES as readonly string[]).includes(c.state)) throw EvaluationError.CaseNotFinished();
  if (await selectOne(m, `SELECT 1 FROM case_rating WHERE case_id = $1`, [c.id])) throw EvaluationError.AlreadyRated();
  const rules = rulesOrDefault(await loadEvaluationRules(m));
  const bad = rules.badGrades.includes(input.grade);
  // 受理人: who accepted the case, from its audit trail (the case row keeps only the decider).
  const accepted = await selectOne<{ actor_id: string | null }>(
    m,
    `SELECT actor_id FROM audit_log WHERE subject_type = 'Case' AND subject_id = $1 AND action = 'case_accepted' ORDER BY seq DESC LIMIT 1`,
    [c.id],
  );
  const row = await selectOne<{ id: string }>(
    m,
    `INSERT INTO case_rating (tenant_id, case_id, grade, dimensions, comment, channel, by_proxy, anonymous, bad, recorded_by,
        accepting_unit_id, deciding_unit_id, accepted_by, decided_by, rated_on)
     VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (tenant_id, case_id) DO NOTHING RETURNING id`,
    [c.id, input.grade, JSON.stringify(dimensions), comment, how.channel, how.channel === 'agent', how.anonymous, bad, how.recordedBy,
      c.accepting_unit_id, c.deciding_unit_id, accepted?.actor_id ?? null, c.decided_by, today],
  );
  if (!row) throw EvaluationError.AlreadyRated();
  await evaluationAudit(m, who, 'case_rated', { type: 'Rating', id: row.id }, {
    caseId: c.id,
    caseNumber: c.case_number,
    grade: input.grade,
    channel: how.channel,
    byProxy: how.channel === 'agent',
    comment,
  });
  if (opensRectification(rules, input.grade, how.anonymous)) {
    await openRectification(m, who, { id: row.id, caseId: c.id, caseNumber: c.case_number, responsibleUnitId: c.accepting_unit_id, responsibleUnitName: c.accepting_unit_name }, today, rules.rectificationWorkingDays);
  }
  return row.id;
}
