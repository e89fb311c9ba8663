/** Where a case is in its life (办件状态). */
export const CASE_STATES = [
  'submitted', // 已申请：在受理单位的待受理队列
  'supplement_requested', // 待补正：一次性告知全部缺件，时限未起算
  'accepted', // 已受理（含容缺受理）
  'in_review', // 审查中
  'suspended', // 中止：现场踏勘、专家评审、听证，时限暂停
  'forwarded', // 已上报：待决定单位接收
  'returned', // 已退回：退回下级补充
  'decided', // 已决定：准予或不予
  'delivered', // 已送达（办结）
  'not_accepted', // 不予受理
  'withdrawn', // 已撤回
] as const;

export type CaseState = (typeof CASE_STATES)[number];

/** States a case never leaves. */
export const CLOSED_STATES: readonly CaseState[] = ['delivered', 'not_accepted', 'withdrawn'];

/** States in which the clock runs or is stopped, but the case is accepted and not yet decided. */
export const CLOCKED_STATES: readonly CaseState[] = ['accepted', 'in_review', 'suspended', 'forwarded', 'returned'];

export const isClosed = (state: CaseState) => CLOSED_STATES.includes(state);
