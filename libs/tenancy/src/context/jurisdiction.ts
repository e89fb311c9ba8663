/** True when `path` is `scope` or lies below it in the materialized ltree path. */
export function isWithin(path: string, scope: string): boolean {
  return path === scope || path.startsWith(`${scope}.`);
}
