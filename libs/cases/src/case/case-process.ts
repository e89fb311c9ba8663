import { CaseState } from './case-state';

/** What someone does to a case; each names one transition of the process. */
export type CaseAction =
  | 'accept' // 受理（含容缺受理）
  | 'request_supplement' // 一次性告知补正
  | 'resubmit' // 补正后重新提交
  | 'not_accept' // 不予受理
  | 'start_review' // 开始审查
  | 'suspend' // 中止（踏勘、专家评审、听证）
  | 'resume' // 恢复
  | 'forward' // 上报决定单位
  | 'receive' // 决定单位接收
  | 'return' // 退回下级
  | 'decide' // 作出决定
  | 'deliver' // 送达
  | 'withdraw' // 撤回
  | 'deem_approved'; // 超时默许（系统）

/**
 * The case process, one table (like Vendure's order process): for each action, the states it
 * may start from and the state it leads to. Anything else is an illegal move with a coded error.
 */
export const CASE_PROCESS: Readonly<Record<CaseAction, { from: readonly CaseState[]; to: CaseState }>> = {
  accept: { from: ['submitted'], to: 'accepted' },
  request_supplement: { from: ['submitted'], to: 'supplement_requested' },
  resubmit: { from: ['supplement_requested'], to: 'submitted' },
  not_accept: { from: ['submitted', 'supplement_requested'], to: 'not_accepted' },
  start_review: { from: ['accepted', 'returned'], to: 'in_review' },
  suspend: { from: ['in_review'], to: 'suspended' },
  resume: { from: ['suspended'], to: 'in_review' },
  forward: { from: ['accepted', 'in_review', 'returned'], to: 'forwarded' },
  receive: { from: ['forwarded'], to: 'in_review' },
  return: { from: ['forwarded', 'in_review'], to: 'returned' },
  decide: { from: ['in_review'], to: 'decided' },
  deliver: { from: ['decided'], to: 'delivered' },
  withdraw: { from: ['submitted', 'supplement_requested', 'accepted', 'in_review', 'suspended', 'forwarded', 'returned'], to: 'withdrawn' },
  // Silence past the limit, where the matter or the green channel says so: wherever the case waits, except suspended (its clock stopped).
  deem_approved: { from: ['accepted', 'in_review', 'forwarded', 'returned'], to: 'decided' },
};

/** Moves the platform makes itself, never offered to a person. */
export const SYSTEM_ACTIONS: readonly CaseAction[] = ['deem_approved'];

export const CASE_ACTIONS = Object.keys(CASE_PROCESS) as CaseAction[];

/** The state `action` leads to from `state`, or null when the move is illegal. */
export function nextState(state: CaseState, action: CaseAction): CaseState | null {
  const step = CASE_PROCESS[action];
  return step.from.includes(state) ? step.to : null;
}

/** The actions open from a state: what the screen offers. */
export function actionsFrom(state: CaseState): CaseAction[] {
  return CASE_ACTIONS.filter((a) => CASE_PROCESS[a].from.includes(state) && !SYSTEM_ACTIONS.includes(a));
}
