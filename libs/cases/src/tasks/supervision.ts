import { EntityManager } from 'typeorm';
import { RequestContext, selectOne } from '@county/tenancy';
import { CasesError } from '../cases.errors';

/** 审管分离 as a rule: the person who decided a case may not supervise it. */
export function maySupervise(decidedBy: string | null, userId: string): boolean {
  return decidedBy === null || decidedBy !== userId;
}

/**
 * The check every supervision of a case (审管联动: 事中事后监管, 电子监察 findings, ratings) makes
 * first, in its transaction: the caller must not be the person who decided the case. A case
 * not decided yet has no decider and may be supervised by anyone the supervision rules allow.
 * Callers check that the case exists and is theirs to see before (NOT_FOUND comes first).
 */
export async function assertMaySupervise(m: EntityManager, ctx: RequestContext, caseId: string): Promise<void> {
  const row = await selectOne<{ decided_by: string | null }>(m, `SELECT decided_by FROM service_case WHERE id = $1`, [caseId]);
  if (row && !maySupervise(row.decided_by, ctx.user.id)) throw CasesError.SupervisorDecided();
}
