import { CasesError } from '../cases.errors';
import { isApplicantPhone, normalizePhone } from './applicant-phone';
import { checkCreditCode } from './credit-code';
import { checkResidentId } from './resident-id';
import { ApplicantIdKind, PartyKind } from './applicant.types';

export const MAX_NAME = 100;
export const MAX_ADDRESS = 200;

/** An ID number checked for its kind: what is stored (encrypted) and what the birth date is. */
export interface CheckedIdNumber {
  idKind: ApplicantIdKind;
  number: string;
  birthDate: string | null;
}

/** A person's resident ID or an organization's credit code, or the coded error naming what is wrong. */
export function checkIdNumber(kind: PartyKind, raw: string, today: string): CheckedIdNumber {
  if (kind === PartyKind.PERSON) {
    const checked = checkResidentId(raw, today);
    if (!checked.ok) throw CasesError.ResidentIdInvalid(checked.problem);
    return { idKind: ApplicantIdKind.RESIDENT_ID, number: checked.number, birthDate: checked.birthDate };
  }
  const checked = checkCreditCode(raw);
  if (!checked.ok) throw CasesError.CreditCodeInvalid(checked.problem);
  return { idKind: ApplicantIdKind.CREDIT_CODE, number: checked.code, birthDate: null };
}

export function checkName(raw: string | null | undefined): string {
  const name = (raw ?? '').trim();
  if (name.length < 1 || name.length > MAX_NAME) throw CasesError.ApplicantInvalid('name', `姓名或名称须为 1–${MAX_NAME} 个字`, `the name needs 1–${MAX_NAME} characters`);
  return name;
}

/** Empty means none; anything given must be a phone number. */
export function checkPhone(raw: string | null | undefined): string | null {
  const phone = normalizePhone(raw ?? '');
  if (!phone) return null;
  if (!isApplicantPhone(phone)) throw CasesError.PhoneInvalid(phone);
  return phone;
}

export function checkAddress(raw: string | null | undefined): string | null {
  const address = (raw ?? '').trim();
  if (address.length > MAX_ADDRESS) throw CasesError.ApplicantInvalid('address', `住址最多 ${MAX_ADDRESS} 个字`, `the address has at most ${MAX_ADDRESS} characters`);
  return address || null;
}
