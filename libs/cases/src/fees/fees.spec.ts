import fc from 'fast-check';
import { SpecialGroup } from '../applicants/applicant.types';
import { matterGroupsFor, waiverRefusal } from './fee-waiver';
import { fenToYuan, yuanToFen } from './money';

describe('fee amounts in fen', () => {
  it('reads the catalog’s yuan strings exactly', () => {
    expect(yuanToFen('50.00')).toBe(5000);
    expect(yuanToFen('80')).toBe(8000);
    expect(yuanToFen('0.5')).toBe(50);
    expect(yuanToFen('0.05')).toBe(5);
    expect(yuanToFen('999999999.99')).toBe(99_999_999_999);
    for (const bad of ['', '1.234', '-1', '1e3', 'abc', '1.']) expect(() => yuanToFen(bad)).toThrow();
  });

  it('round-trips every amount', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (fen) => yuanToFen(fenToYuan(fen)) === fen));
  });
});

describe('fee waivers for special groups', () => {
  it('matches the matter’s free-text groups to the applicant’s flags', () => {
    expect(matterGroupsFor(SpecialGroup.LOW_INCOME, ['老年人', '城乡低保对象'])).toEqual(['城乡低保对象']);
    expect(matterGroupsFor(SpecialGroup.LOW_INCOME, ['最低生活保障对象'])).toEqual(['最低生活保障对象']);
    expect(matterGroupsFor(SpecialGroup.ELDERLY, ['80周岁以上高龄老人'])).toEqual(['80周岁以上高龄老人']);
    expect(matterGroupsFor(SpecialGroup.DISABLED, ['老年人', '低保对象'])).toEqual([]);
    expect(matterGroupsFor(SpecialGroup.ENTITLED, ['重点优抚对象'])).toEqual(['重点优抚对象']);
  });

  it('allows a waiver only for an applicant in the group when the matter serves it', () => {
    expect(waiverRefusal(SpecialGroup.DISABLED, [SpecialGroup.DISABLED], ['残疾人'])).toBeNull();
    expect(waiverRefusal(SpecialGroup.DISABLED, null, ['残疾人'])).toBe('no_applicant');
    expect(waiverRefusal(SpecialGroup.DISABLED, [SpecialGroup.ELDERLY], ['残疾人'])).toBe('not_in_group');
    expect(waiverRefusal(SpecialGroup.ELDERLY, [SpecialGroup.ELDERLY], ['残疾人'])).toBe('not_offered');
  });
});
