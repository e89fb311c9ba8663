import { throwViolations } from '@county/tenancy';
import { codeViolations, codeChangeViolations } from './codes';

describe('codes', () => {
  it('an implementation code held by another matter is taken', () => {
    expect(() => throwViolations(codeViolations('X1', 'other', 'me'))).toThrow(expect.objectContaining({ code: 'MATTER_CODE_TAKEN' }));
    expect(() => throwViolations(codeViolations('X1', 'other', null))).toThrow(expect.objectContaining({ code: 'MATTER_CODE_TAKEN' }));
    expect(() => throwViolations(codeViolations('X1', 'me', 'me'))).not.toThrow();
    expect(() => throwViolations(codeViolations('X1', null, null))).not.toThrow();
  });

  it('codes are fixed once published', () => {
    const a = { basicCode: 'B', implementationCode: 'I' };
    expect(() => throwViolations(codeChangeViolations(true, a, { ...a, implementationCode: 'I2' }))).toThrow(
      expect.objectContaining({ code: 'MATTER_CODE_FIXED' }),
    );
    expect(() => throwViolations(codeChangeViolations(false, a, { ...a, implementationCode: 'I2' }))).not.toThrow();
  });
});
