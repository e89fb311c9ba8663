import { SpecialGroup } from './applicant.types';

export const ELDERLY_AGE = 60;

/** Whole years from `birthDate` to `today` (both YYYY-MM-DD): a birthday counts on the day itself. */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

export interface GroupFlags {
  birthDate: string | null;
  disabled: boolean;
  lowIncome: boolean;
  entitled: boolean;
}

export function isElderly(birthDate: string | null, today: string): boolean {
  return birthDate !== null && ageOn(birthDate, today) >= ELDERLY_AGE;
}

/** The special groups an applicant belongs to today, elderly derived from the birth date. */
export function specialGroupsOf(flags: GroupFlags, today: string): SpecialGroup[] {
  return [
    isElderly(flags.birthDate, today) ? SpecialGroup.ELDERLY : null,
    flags.disabled ? SpecialGroup.DISABLED : null,
    flags.lowIncome ? SpecialGroup.LOW_INCOME : null,
    flags.entitled ? SpecialGroup.ENTITLED : null,
  ].filter((g): g is SpecialGroup => g !== null);
}
