/**
 * Turns jurisdictions into a SQL condition on an ltree column, appending parameters.
 * One GiST-indexed `<@` per jurisdiction; no jurisdiction means no rows.
 */
export function jurisdictionSql(column: string, scopes: 'all' | string[], params: unknown[]): string {
  if (scopes === 'all') return 'true';
  if (scopes.length === 0) return 'false';
  params.push(scopes);
  return `${column} <@ ANY ($${params.length}::ltree[])`;
}
