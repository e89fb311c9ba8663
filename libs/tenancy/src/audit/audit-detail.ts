import { Bilingual, detailLabel } from './audit-vocabulary';

/** One labelled field of an entry's detail, as the log shows it and the export writes it. */
export interface AuditDetailField {
  /** The key as stored (`before.address` for a field of a nested object). */
  key: string;
  labelZh: string;
  labelEn: string;
  /** The value as readable text: ids of named subjects shown by name, codes as stored. */
  value: string;
  /** The same with codes in the reader's language (`wrong_password` → 密码错误 / Wrong password). */
  valueZh: string;
  valueEn: string;
}

export interface SubjectRef {
  type: string;
  id: string;
}

/** Looks up a subject's name where the reader may see it; undefined leaves the id as it is. */
export type NameOf = (type: string, id: string) => string | undefined;

type Lang = 'raw' | 'zh' | 'en';

const WORDS: Record<Exclude<Lang, 'raw'>, { yes: string; no: string; none: string; list: string; items: string; pair: string }> = {
  zh: { yes: '是', no: '否', none: '—', list: '、', items: '；', pair: '：' },
  en: { yes: 'yes', no: 'no', none: '—', list: ', ', items: '; ', pair: ': ' },
};
const RAW = { yes: 'true', no: 'false', none: '—', list: ', ', items: '; ', pair: ': ' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function scalar(action: string, key: string, value: unknown, lang: Lang, nameOf: NameOf): string {
  const words = lang === 'raw' ? RAW : WORDS[lang];
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : JSON.stringify(value);
  const label = detailLabel(action, key);
  if (label.refers) return nameOf(label.refers, value) ?? value;
  const code = label.values?.[value];
  return code && lang !== 'raw' ? code[lang] : value;
}

/** A value as text: arrays joined, an object's fields as "label: value" (one level deep). */
function text(action: string, key: string, value: unknown, lang: Lang, nameOf: NameOf): string {
  const words = lang === 'raw' ? RAW : WORDS[lang];
  if (Array.isArray(value)) {
    if (!value.length) return words.none;
    const objects = value.some(isObject);
    return value.map((item) => (isObject(item) ? pairs(action, item, lang, nameOf) : scalar(action, key, item, lang, nameOf))).join(objects ? words.items : words.list);
  }
  if (isObject(value)) return pairs(action, value, lang, nameOf);
  return scalar(action, key, value, lang, nameOf);
}

function pairs(action: string, value: Record<string, unknown>, lang: Lang, nameOf: NameOf): string {
  const words = lang === 'raw' ? RAW : WORDS[lang];
  return Object.entries(value)
    .map(([k, v]) => {
      const label = detailLabel(action, k);
      const shown = isObject(v) || Array.isArray(v) ? JSON.stringify(v) : scalar(action, k, v, lang, nameOf);
      return `${lang === 'raw' ? k : label[lang]}${words.pair}${shown}`;
    })
    .join(' ');
}

function field(action: string, key: string, label: Bilingual, value: unknown, nameOf: NameOf): AuditDetailField {
  return {
    key,
    labelZh: label.zh,
    labelEn: label.en,
    value: text(action, key.split('.').pop()!, value, 'raw', nameOf),
    valueZh: text(action, key.split('.').pop()!, value, 'zh', nameOf),
    valueEn: text(action, key.split('.').pop()!, value, 'en', nameOf),
  };
}

/**
 * An entry's detail as labelled fields, in the order it was written. A nested object is
 * flattened one level (`before.address` reads 改前 · 办理地点); deeper values are shown as text.
 */
export function describeDetail(action: string, detail: Record<string, unknown> | null | undefined, nameOf: NameOf): AuditDetailField[] {
  const fields: AuditDetailField[] = [];
  for (const [key, value] of Object.entries(detail ?? {})) {
    const label = detailLabel(action, key);
    if (isObject(value) && Object.keys(value).length) {
      for (const [sub, inner] of Object.entries(value)) {
        const subLabel = detailLabel(action, sub);
        fields.push(field(action, `${key}.${sub}`, { zh: `${label.zh} · ${subLabel.zh}`, en: `${label.en} · ${subLabel.en}` }, inner, nameOf));
      }
    } else {
      fields.push(field(action, key, label, value, nameOf));
    }
  }
  return fields;
}

/** The subjects a detail names by id (keys whose label `refers` to a type), to be named in one batch. */
export function referencedSubjects(action: string, detail: Record<string, unknown> | null | undefined): SubjectRef[] {
  const found: SubjectRef[] = [];
  const visit = (key: string, value: unknown, depth: number) => {
    if (Array.isArray(value)) value.forEach((item) => visit(key, item, depth));
    else if (isObject(value)) {
      if (depth < 2) for (const [k, v] of Object.entries(value)) visit(k, v, depth + 1);
    } else if (typeof value === 'string') {
      const refers = detailLabel(action, key).refers;
      if (refers) found.push({ type: refers, id: value });
    }
  };
  for (const [key, value] of Object.entries(detail ?? {})) visit(key, value, 0);
  return found;
}
