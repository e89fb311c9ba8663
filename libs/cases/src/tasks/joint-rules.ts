import { CaseOutcome } from '../case/case.types';
import { CaseTaskState } from './case-task.types';

export interface TaskOpinion {
  departmentName: string;
  state: CaseTaskState;
}

export type DecisionBlock = { kind: 'open'; departments: string[] } | { kind: 'disagreed'; departments: string[] } | null;

/**
 * 并联审批: the lead department decides only once every joint department has given its opinion;
 * while any of them disagrees the case can be rejected (its reason may be the ground) but not
 * approved. Null when the decision may be made.
 */
export function decisionBlock(tasks: readonly TaskOpinion[], outcome: CaseOutcome): DecisionBlock {
  const open = tasks.filter((t) => t.state === CaseTaskState.OPEN).map((t) => t.departmentName);
  if (open.length) return { kind: 'open', departments: open };
  const disagreed = tasks.filter((t) => t.state === CaseTaskState.DISAGREED).map((t) => t.departmentName);
  if (outcome === CaseOutcome.APPROVED && disagreed.length) return { kind: 'disagreed', departments: disagreed };
  return null;
}

/** The departments a matter's version names as co-implementing, without the lead and without repeats. */
export function jointDepartmentIds(coImplementingBodyIds: unknown, leadId: string): string[] {
  if (!Array.isArray(coImplementingBodyIds)) return [];
  return [...new Set(coImplementingBodyIds.filter((id): id is string => typeof id === 'string' && id !== leadId))];
}
