/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters of 0–9 and the capitals without I, O, Z, S, V;
 * the last is a MOD 31 check character over the first 17.
 */
export const CREDIT_CODE_LENGTH = 18;
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'length' | 'format' | 'check_digit';

export type CreditCodeCheck = { ok: true; code: string } | { ok: false; problem: CreditCodeProblem };

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

export function normalizeCreditCode(raw: string): string {
  return (raw ?? '').replace(/\s+/g, '').toUpperCase();
}

export function checkCreditCode(raw: string): CreditCodeCheck {
  const code = normalizeCreditCode(raw);
  if (code.length !== CREDIT_CODE_LENGTH) return { ok: false, problem: 'length' };
  if (![...code].every((c) => CREDIT_CODE_CHARSET.includes(c))) return { ok: false, problem: 'format' };
  if (creditCodeCheckChar(code) !== code[17]) return { ok: false, problem: 'check_digit' };
  return { ok: true, code };
}
