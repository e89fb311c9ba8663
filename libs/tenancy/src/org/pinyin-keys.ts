import { pinyin } from 'pinyin-pro';

/** Search keys for a Chinese name: full pinyin and initials, lowercase, no tones or spaces (ü as v). */
export function pinyinKeys(name: string): { pinyin: string; initials: string } {
  const full = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const first = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const clean = (parts: string[]) => parts.join('').toLowerCase().replace(/[^a-z0-9]/g, '');
  return { pinyin: clean(full), initials: clean(first) };
}

/** What a typed query is matched against the stored keys with. */
export interface SearchTerms {
  /** lowercase, trimmed: a fragment of the name or an exact code */
  text: string;
  /** Chinese characters as full pinyin, spaces dropped: "zui di sheng huo" and "最低sheng" → the start of "zuidishenghuo…" */
  pinyin: string;
  /** Chinese characters as initials and, for spaced syllables, their first letters: "zd生活", "城关z", "zui di sheng huo" */
  initials: string;
}

/**
 * Mixed input as people type it on a phone: Chinese, pinyin, initials or any mix ("城关z",
 * "zd生活", "zui di sheng huo"), turned into keys comparable with `pinyinKeys` of a name.
 */
export function searchTerms(query: string): SearchTerms {
  const text = query.trim().toLowerCase();
  const words = text.split(/\s+/).filter(Boolean);
  const keys = pinyinKeys(words.join(''));
  // Latin letters stay as typed in the initials; a spaced syllable counts by its first letter.
  const initials = words.length > 1 ? words.map((w) => (/^[a-z]+$/.test(w) ? w[0] : pinyinKeys(w).initials)).join('') : keys.initials;
  return { text, pinyin: keys.pinyin, initials };
}

/**
 * The SQL conditions a typed query matches a row's name by: a fragment of the name, the start of
 * its pinyin or of its initials (the columns `pinyinKeys` fills). `param` appends a parameter and
 * answers its placeholder; callers OR these with their own (codes, synonyms).
 */
export function nameMatchSql(terms: SearchTerms, row: string, param: (value: unknown) => string): string[] {
  return [
    `strpos(${row}.name, ${param(terms.text)}) > 0`,
    terms.pinyin ? `starts_with(${row}.pinyin, ${param(terms.pinyin)})` : null,
    terms.initials ? `starts_with(${row}.pinyin_initials, ${param(terms.initials)})` : null,
  ].filter((c): c is string => c !== null);
}
