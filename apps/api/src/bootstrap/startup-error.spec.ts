import { describeStartupError, SettingsError } from './startup-error';

describe('describeStartupError', () => {
  it('never answers undefined, whatever was thrown', () => {
    for (const thrown of [undefined, null, '', 0, {}, [], Symbol('s')]) {
      const text = describeStartupError(thrown);
      expect(text).not.toBe('undefined');
      expect(text.trim().length).toBeGreaterThan(1);
    }
    expect(describeStartupError(undefined)).toContain('without a reason');
  });

  it('shows an error with its message, stack and cause', () => {
    const text = describeStartupError(new Error('cannot open the database', { cause: new Error('ECONNREFUSED 127.0.0.1:54320') }));
    expect(text).toContain('Error: cannot open the database');
    expect(text).toContain('startup-error.spec.ts');
    expect(text).toContain('Caused by: Error: ECONNREFUSED 127.0.0.1:54320');
  });

  it('describes strings, plain objects and every error of an AggregateError', () => {
    expect(describeStartupError('port taken')).toBe('port taken');
    expect(describeStartupError({ code: '57P03', detail: 'starting up' })).toContain("code: '57P03'");
    const text = describeStartupError(new AggregateError([new Error('::1 refused'), new Error('127.0.0.1 refused')], 'connect failed'));
    expect(text).toContain('connect failed');
    expect(text).toContain('::1 refused');
    expect(text).toContain('127.0.0.1 refused');
  });

  it('shows a settings error as its message alone, without a stack', () => {
    expect(describeStartupError(new SettingsError('JWT_SECRET is not set'))).toBe('JWT_SECRET is not set');
  });
});
