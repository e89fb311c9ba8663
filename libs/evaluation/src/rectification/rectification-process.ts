/** 整改 steps: 核实 → 整改 → 回访 → 复核 (closed). */
export const RECTIFICATION_STATES = ['open', 'verified', 'rectified', 'callback_done', 'closed'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];

export const RECTIFICATION_STEPS = ['verify', 'rectify', 'callback', 'close'] as const;
export type RectificationStep = (typeof RECTIFICATION_STEPS)[number];

/** Each step, the state it needs and the state it leaves. */
export const STEP_MOVES: Record<RectificationStep, { from: RectificationState; to: RectificationState }> = {
  verify: { from: 'open', to: 'verified' },
  rectify: { from: 'verified', to: 'rectified' },
  callback: { from: 'rectified', to: 'callback_done' },
  close: { from: 'callback_done', to: 'closed' },
};

export const STATE_LABELS: Record<RectificationState, { zh: string; en: string }> = {
  open: { zh: '待核实', en: 'To verify' },
  verified: { zh: '已核实', en: 'Verified' },
  rectified: { zh: '已整改', en: 'Rectified' },
  callback_done: { zh: '已回访', en: 'Called back' },
  closed: { zh: '已办结', en: 'Closed' },
};

export const STEP_LABELS: Record<RectificationStep, { zh: string; en: string }> = {
  verify: { zh: '核实', en: 'verify' },
  rectify: { zh: '登记整改措施', en: 'record the measures' },
  callback: { zh: '回访', en: 'call back' },
  close: { zh: '复核办结', en: 'review and close' },
};

export const APPLICANT_ANSWERS = ['satisfied', 'basic', 'dissatisfied', 'unreachable'] as const;
export type ApplicantAnswer = (typeof APPLICANT_ANSWERS)[number];

/** The state after a step, or null when the step is not the next one. */
export function nextState(state: RectificationState, step: RectificationStep): RectificationState | null {
  return STEP_MOVES[step].from === state ? STEP_MOVES[step].to : null;
}

export type RectificationWarning = 'normal' | 'yellow' | 'red';

/** 红 past its due date and still open; 黄 with one working day or fewer left; none once closed. */
export function rectificationWarning(state: RectificationState, dueDate: string, today: string, workingDaysLeft: (from: string, to: string) => number): RectificationWarning | null {
  if (state === 'closed') return null;
  if (today > dueDate) return 'red';
  return workingDaysLeft(today, dueDate) <= 1 ? 'yellow' : 'normal';
}
