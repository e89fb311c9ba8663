/** A NUL byte (Postgres refuses it in text) or half of a surrogate pair (not encodable as UTF-8). */
const BAD_CHARACTER = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const isPlain = (v: object) => {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * The path of the first string in `value` (an argument, an input object, a route parameter)
 * holding a character no column or log line should get, or null. Only plain data is walked.
 */
export function badCharacterPath(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return BAD_CHARACTER.test(value) ? path : null;
  if (depth > 16 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = badCharacterPath(value[i], `${path}.${i}`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!isPlain(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = BAD_CHARACTER.test(key) ? `${path}.?` : badCharacterPath(item, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}
