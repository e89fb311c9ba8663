import { pinyin } from 'pinyin-pro';

/** Search keys for a Chinese name: full pinyin and initials, lowercase, no tones or spaces (ü as v). */
export function pinyinKeys(name: string): { pinyin: string; initials: string } {
  const full = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const first = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const clean = (parts: string[]) => parts.join('').toLowerCase().replace(/[^a-z0-9]/g, '');
  return { pinyin: clean(full), initials: clean(first) };
}
