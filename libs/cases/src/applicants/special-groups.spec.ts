import { SpecialGroup } from './applicant.types';
import { ageOn, specialGroupsOf } from './special-groups';

describe('special groups', () => {
  it('a person is 60 on her sixtieth birthday, not the day before (29 February born: on 1 March)', () => {
    expect(ageOn('1966-12-03', '2026-12-03')).toBe(60);
    expect(ageOn('1966-12-04', '2026-12-03')).toBe(59);
    expect(ageOn('1964-02-29', '2024-02-28')).toBe(59);
    expect(ageOn('1964-02-29', '2024-02-29')).toBe(60);
  });

  it('elderly comes from the birth date; the other groups from the flags', () => {
    expect(specialGroupsOf({ birthDate: '1966-12-03', disabled: false, lowIncome: true, entitled: false }, '2026-12-03')).toEqual([SpecialGroup.ELDERLY, SpecialGroup.LOW_INCOME]);
    expect(specialGroupsOf({ birthDate: '1966-12-04', disabled: true, lowIncome: false, entitled: true }, '2026-12-03')).toEqual([SpecialGroup.DISABLED, SpecialGroup.ENTITLED]);
    expect(specialGroupsOf({ birthDate: null, disabled: false, lowIncome: false, entitled: false }, '2026-12-03')).toEqual([]);
  });
});
