import { DEFAULT_EVALUATION_RULES, opensRectification, rulesOrDefault } from './evaluation-rules';
import { checkRating } from '../rating/rating-writes';

describe('the county’s rating rules', () => {
  it('opens a rectification for the bad grades only, anonymous ones as the county says', () => {
    const rules = rulesOrDefault(null);
    expect(rules).toEqual(DEFAULT_EVALUATION_RULES);
    expect(opensRectification(rules, 'dissatisfied', false)).toBe(true);
    expect(opensRectification(rules, 'very_dissatisfied', true)).toBe(true);
    expect(opensRectification(rules, 'basic', false)).toBe(false);
    const strict = { ...rules, badGrades: ['basic' as const, 'dissatisfied' as const], anonymousBadOpensRectification: false };
    expect(opensRectification(strict, 'basic', false)).toBe(true);
    expect(opensRectification(strict, 'dissatisfied', true)).toBe(false);
    expect(opensRectification(strict, 'very_dissatisfied', false)).toBe(false);
  });

  it('refuses a comment over 500 characters and an aspect graded twice', () => {
    expect(checkRating({ idempotencyKey: 'k', grade: 'satisfied', comment: '  好  ' })).toEqual({ dimensions: [], comment: '好' });
    expect(() => checkRating({ idempotencyKey: 'k', grade: 'satisfied', comment: '好'.repeat(501) })).toThrow(expect.objectContaining({ code: 'RATING_INPUT_INVALID' }));
    expect(() => checkRating({ idempotencyKey: 'k', grade: 'satisfied', dimensions: [{ dimension: 'attitude', grade: 'basic' }, { dimension: 'attitude', grade: 'satisfied' }] })).toThrow(
      expect.objectContaining({ code: 'RATING_INPUT_INVALID' }),
    );
    expect(() => checkRating({ idempotencyKey: 'k', grade: 'excellent' as never })).toThrow(expect.objectContaining({ code: 'RATING_INPUT_INVALID' }));
  });
});
