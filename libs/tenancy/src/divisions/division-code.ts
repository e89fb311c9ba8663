import { DomainError } from '../errors/domain-error';
import { defineErrors } from '../errors/error-catalog';

/**
 * National statistical division codes (统计用区划代码): 12 digits, split 2 province, 2 city,
 * 2 county, 3 township, 3 village. The "short code" is the natural code of a unit at its own
 * level (61 / 6109 / 610921 / 610921100 / 610921100001); the "12-digit code" pads it with zeros.
 */
export type DivisionLevel = 1 | 2 | 3 | 4 | 5;

export const DIVISION_LEVEL_NAMES = {
  1: 'province',
  2: 'city',
  3: 'county',
  4: 'township',
  5: 'village',
} as const satisfies Record<DivisionLevel, string>;

/** Length of the short code at each level; index 0 is the nation. */
const SHORT_CODE_LENGTHS = [0, 2, 4, 6, 9, 12] as const;

export interface NormalizedDivisionCode {
  code12: string;
  shortCode: string;
  level: DivisionLevel;
}

const DivisionErrors = defineErrors('divisions', {
  Malformed: {
    code: 'DIVISION_CODE_MALFORMED',
    kind: 'invalid',
    zh: (input: string) => `区划代码“${input}”格式不正确：应为 2、4、6、9 或 12 位数字`,
    en: (input: string) => `The division code "${input}" is malformed: expected 2, 4, 6, 9 or 12 digits`,
    field: ['divisionCode'],
    details: (input: string) => ({ input }),
  },
  Unknown: {
    code: 'DIVISION_CODE_UNKNOWN',
    kind: 'invalid',
    zh: (input: string) => `区划代码“${input}”不在国家统计用区划代码中`,
    en: (input: string) => `The division code "${input}" is not in the national statistical division codes`,
    field: ['divisionCode'],
    details: (input: string) => ({ input }),
  },
});

/** A division code that cannot be used; the CLI tells it apart from other failures. */
export class DivisionCodeError extends DomainError {
  private constructor(e: DomainError) {
    super(e.code, e.kind, e.messageZh, e.messageEn, e.details, e.field);
    this.name = 'DivisionCodeError';
  }

  static malformed(input: string): DivisionCodeError {
    return new DivisionCodeError(DivisionErrors.Malformed(input));
  }

  static unknown(input: string): DivisionCodeError {
    return new DivisionCodeError(DivisionErrors.Unknown(input));
  }
}

/** Level of a natural short code, from its length; null when the length fits no level. */
export function levelOfShortCode(shortCode: string): DivisionLevel | null {
  const level = SHORT_CODE_LENGTHS.indexOf(shortCode.length as (typeof SHORT_CODE_LENGTHS)[number]);
  return level >= 1 ? (level as DivisionLevel) : null;
}

/** Natural code of the parent unit; null for a province. */
export function parentShortCode(shortCode: string): string | null {
  const level = levelOfShortCode(shortCode);
  if (level === null) throw DivisionCodeError.malformed(shortCode);
  return level === 1 ? null : shortCode.slice(0, SHORT_CODE_LENGTHS[level - 1]);
}

export function padCode(shortCode: string): string {
  return shortCode.padEnd(12, '0');
}

/**
 * A unit whose own segment is all zeros (东莞市's county 441900, 金门县's township 350527000)
 * is the data set's stand-in for "no subdivision at this level": its 12-digit code is its
 * parent's, so it is the same unit and is folded into the parent.
 */
export function isPlaceholderShortCode(shortCode: string): boolean {
  const level = levelOfShortCode(shortCode);
  return level !== null && level > 1 && /^0+$/.test(shortCode.slice(SHORT_CODE_LENGTHS[level - 1]));
}

/** Short codes of the unit and its real ancestors, root first, as stored in `division.path`. */
export function divisionPathOf(shortCode: string): string[] {
  const level = levelOfShortCode(shortCode);
  if (level === null) throw DivisionCodeError.malformed(shortCode);
  const path: string[] = [];
  for (let l = 1; l <= level; l++) {
    const prefix = shortCode.slice(0, SHORT_CODE_LENGTHS[l]);
    if (!isPlaceholderShortCode(prefix)) path.push(prefix);
  }
  return path;
}

/**
 * Accepts a code of 2, 4, 6, 9 or 12 digits. Trailing all-zero segments are dropped, so the
 * common 6-digit form 610900 and the 12-digit form 610900000000 both mean the city 6109.
 */
export function normalizeDivisionCode(input: string): NormalizedDivisionCode {
  const digits = input.trim();
  if (!/^\d+$/.test(digits) || levelOfShortCode(digits) === null) throw DivisionCodeError.malformed(input);
  const code12 = padCode(digits);
  let level = 5;
  while (level >= 1 && /^0+$/.test(code12.slice(SHORT_CODE_LENGTHS[level - 1], SHORT_CODE_LENGTHS[level]))) level--;
  const shortCode = code12.slice(0, SHORT_CODE_LENGTHS[level]);
  // The nation (all zeros) is not a unit, and no province has the code 00. Inner zero segments
  // are real: 东莞市's townships (441900003) sit directly under the city.
  if (level === 0 || code12.startsWith('00')) throw DivisionCodeError.malformed(input);
  return { code12, shortCode, level: level as DivisionLevel };
}
