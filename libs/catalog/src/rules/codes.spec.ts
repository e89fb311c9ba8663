import { checkCodeFree, checkCodesUnchanged } from './codes';

describe('codes', () => {
  it('an implementation code held by another matter is taken', () => {
    expect(() => checkCodeFree('X1', 'other', 'me')).toThrow(expect.objectContaining({ code: 'MATTER_CODE_TAKEN' }));
    expect(() => checkCodeFree('X1', 'other', null)).toThrow(expect.objectContaining({ code: 'MATTER_CODE_TAKEN' }));
    expect(() => checkCodeFree('X1', 'me', 'me')).not.toThrow();
    expect(() => checkCodeFree('X1', null, null)).not.toThrow();
  });

  it('codes are fixed once published', () => {
    const a = { basicCode: 'B', implementationCode: 'I' };
    expect(() => checkCodesUnchanged(true, a, { ...a, implementationCode: 'I2' })).toThrow(
      expect.objectContaining({ code: 'MATTER_CODE_FIXED' }),
    );
    expect(() => checkCodesUnchanged(false, a, { ...a, implementationCode: 'I2' })).not.toThrow();
  });
});
