import { SpecialGroup } from '../applicants/applicant.types';

/**
 * How a matter names the special groups it serves (free text in the catalog: 老年人、残疾人、
 * 低保对象 …) against the applicant's flags. A matter's group matches a flag when its name
 * holds one of the flag's words: “城乡低保对象” and “最低生活保障对象” are LOW_INCOME,
 * “80周岁以上老年人” and “高龄老人” ELDERLY.
 */
export const GROUP_WORDS: Record<SpecialGroup, readonly string[]> = {
  [SpecialGroup.ELDERLY]: ['老年', '老人', '高龄'],
  [SpecialGroup.DISABLED]: ['残疾'],
  [SpecialGroup.LOW_INCOME]: ['低保', '最低生活保障'],
  [SpecialGroup.ENTITLED]: ['优抚'],
};

export const GROUP_LABELS: Record<SpecialGroup, { zh: string; en: string }> = {
  [SpecialGroup.ELDERLY]: { zh: '老年人', en: 'elderly' },
  [SpecialGroup.DISABLED]: { zh: '残疾人', en: 'disabled' },
  [SpecialGroup.LOW_INCOME]: { zh: '低保对象', en: 'low-income (低保)' },
  [SpecialGroup.ENTITLED]: { zh: '优抚对象', en: 'entitled (优抚)' },
};

/** The names in the matter's special groups that stand for `group` (empty: the matter does not serve it). */
export function matterGroupsFor(group: SpecialGroup, matterGroups: readonly string[]): string[] {
  return matterGroups.filter((name) => GROUP_WORDS[group].some((word) => name.includes(word)));
}

export type WaiverRefusal = 'no_applicant' | 'not_in_group' | 'not_offered';

/** Why a fee may not be waived for `group`, or null when it may: the applicant is in it and the matter serves it. */
export function waiverRefusal(group: SpecialGroup, applicantGroups: readonly SpecialGroup[] | null, matterGroups: readonly string[]): WaiverRefusal | null {
  if (!applicantGroups) return 'no_applicant';
  if (!applicantGroups.includes(group)) return 'not_in_group';
  if (!matterGroupsFor(group, matterGroups).length) return 'not_offered';
  return null;
}
