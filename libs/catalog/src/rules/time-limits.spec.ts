import { throwViolations } from '@county/tenancy';
import { CaseKind, StepKind } from '../content/catalog-enums';
import { sampleContent } from '../testing/sample-content';
import { timeLimitViolations } from './time-limits';

const codeOf = (fn: () => void) => {
  try {
    fn();
    return 'OK';
  } catch (e) {
    return e.code;
  }
};

describe('time limits', () => {
  it('accepts a promise within the statutory limit', () => {
    expect(codeOf(() => throwViolations(timeLimitViolations(sampleContent())))).toBe('OK');
  });

  it('refuses a promise longer than the statutory limit', () => {
    expect(codeOf(() => throwViolations(timeLimitViolations(sampleContent({ statutoryDays: 9, promisedDays: 10 }))))).toBe('PROMISED_EXCEEDS_STATUTORY');
  });

  it('an on-the-spot matter is promised 0 working days', () => {
    const c = sampleContent({ caseKind: CaseKind.ON_THE_SPOT, promisedDays: 1, steps: [] });
    expect(codeOf(() => throwViolations(timeLimitViolations(c)))).toBe('ON_THE_SPOT_MUST_BE_ZERO');
    expect(codeOf(() => throwViolations(timeLimitViolations({ ...c, promisedDays: 0 })))).toBe('OK');
  });

  it('counted steps must fit the promise; uncounted site surveys do not count', () => {
    const steps = [
      { name: '审查', kind: StepKind.REVIEW, days: 8, counted: true },
      { name: '现场踏勘', kind: StepKind.SITE_SURVEY, days: 10, counted: false },
    ];
    expect(codeOf(() => throwViolations(timeLimitViolations(sampleContent({ steps, promisedDays: 8 }))))).toBe('OK');
    expect(codeOf(() => throwViolations(timeLimitViolations(sampleContent({ steps, promisedDays: 7 }))))).toBe('STEPS_EXCEED_PROMISED');
  });

  it('a natural-day cap may not be shorter than the promised working days', () => {
    expect(codeOf(() => throwViolations(timeLimitViolations(sampleContent({ naturalDayCap: 9 }))))).toBe('NATURAL_CAP_BELOW_PROMISED');
    expect(codeOf(() => throwViolations(timeLimitViolations(sampleContent({ naturalDayCap: 14 }))))).toBe('OK');
  });
});
