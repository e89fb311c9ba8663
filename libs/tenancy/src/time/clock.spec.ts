import { beijingDate, SettableClock } from './clock';

describe('Clock', () => {
  it('gives the Beijing date, which is a day ahead of UTC after 16:00 UTC', () => {
    expect(beijingDate(new Date('2026-09-27T15:59:59Z'))).toBe('2026-09-27');
    expect(beijingDate(new Date('2026-09-27T16:00:00Z'))).toBe('2026-09-28');
  });

  it('stands still until set or advanced', () => {
    const clock = new SettableClock('2026-09-28T02:00:00Z');
    expect(clock.today()).toBe('2026-09-28');
    clock.advance(24 * 3600_000);
    expect(clock.today()).toBe('2026-09-29');
    clock.set('2027-01-01T00:00:00+08:00');
    expect(clock.today()).toBe('2027-01-01');
  });
});
