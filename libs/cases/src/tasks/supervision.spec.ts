import { maySupervise } from './supervision';

describe('maySupervise (审管分离)', () => {
  it('refuses the person who decided the case and no one else', () => {
    expect(maySupervise('u-1', 'u-1')).toBe(false);
    expect(maySupervise('u-1', 'u-2')).toBe(true);
    expect(maySupervise(null, 'u-1')).toBe(true);
  });
});
