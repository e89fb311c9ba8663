/**
 * 公民身份号码 (GB 11643-1999): 6-digit division code, 8-digit birth date, 3-digit sequence
 * (odd for men), and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
export const RESIDENT_ID_LENGTH = 18;

/** The province part of a division code (GB/T 2260), incl. 71 台湾, 81 香港, 82 澳门. */
export const PROVINCE_CODES: readonly string[] = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
];

/** A real calendar date YYYY-MM-DD (no 30 February). */
function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const WEIGHTS = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11);
const CHECK_CHARS = '10X98765432';

/** What is wrong with a resident ID number (named in RESIDENT_ID_INVALID). */
export type ResidentIdProblem = 'length' | 'format' | 'division' | 'birth_date' | 'check_digit';

export type ResidentIdCheck = { ok: true; number: string; birthDate: string } | { ok: false; problem: ResidentIdProblem };

/** The check character of the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Spaces dropped, a lowercase x read as X: how a number typed at the counter is compared. */
export function normalizeResidentId(raw: string): string {
  return (raw ?? '').replace(/\s+/g, '').toUpperCase();
}

/** Checks a resident ID number against the standard; `today` (YYYY-MM-DD, Beijing) bounds the birth date. */
export function checkResidentId(raw: string, today: string): ResidentIdCheck {
  const number = normalizeResidentId(raw);
  if (number.length !== RESIDENT_ID_LENGTH) return { ok: false, problem: 'length' };
  if (!/^\d{17}[\dX]$/.test(number)) return { ok: false, problem: 'format' };
  if (!PROVINCE_CODES.includes(number.slice(0, 2)) || number.slice(2, 6) === '0000') return { ok: false, problem: 'division' };
  const birthDate = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  if (!isRealDate(birthDate) || birthDate < '1900-01-01' || birthDate > today) return { ok: false, problem: 'birth_date' };
  if (residentIdCheckChar(number) !== number[17]) return { ok: false, problem: 'check_digit' };
  return { ok: true, number, birthDate };
}
