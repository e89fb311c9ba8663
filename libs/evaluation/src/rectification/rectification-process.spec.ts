import { nextState, rectificationWarning } from './rectification-process';

describe('rectification steps', () => {
  it('moves only to the next step', () => {
    expect(nextState('open', 'verify')).toBe('verified');
    expect(nextState('verified', 'rectify')).toBe('rectified');
    expect(nextState('rectified', 'callback')).toBe('callback_done');
    expect(nextState('callback_done', 'close')).toBe('closed');
    expect(nextState('open', 'rectify')).toBeNull();
    expect(nextState('open', 'close')).toBeNull();
    expect(nextState('closed', 'verify')).toBeNull();
  });

  it('warns by working days left', () => {
    const left = (from: string, to: string) => (to === '2026-12-10' ? 3 : 1);
    expect(rectificationWarning('open', '2026-12-10', '2026-12-07', left)).toBe('normal');
    expect(rectificationWarning('open', '2026-12-08', '2026-12-07', left)).toBe('yellow');
    expect(rectificationWarning('verified', '2026-12-08', '2026-12-09', left)).toBe('red');
    expect(rectificationWarning('closed', '2026-12-08', '2026-12-09', left)).toBeNull();
  });
});
