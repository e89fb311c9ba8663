import { EntityManager } from 'typeorm';

/**
 * The one way libraries read rows: plain SQL with positional `$n` parameters, typed by a row
 * interface that names the columns as Postgres returns them (snake_case, `::text` for ltree).
 * Row-level security applies underneath; the caller's transaction is `m`.
 */
export async function selectRows<Row extends object>(m: EntityManager, text: string, params: readonly unknown[] = []): Promise<Row[]> {
  const result: unknown = await m.query(text, [...params]);
  // TypeORM answers UPDATE and DELETE … RETURNING as [rows, affected count]: the rows are what was asked for.
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as Row[];
  return result as Row[];
}

/** The first row, or undefined. */
export async function selectOne<Row extends object>(m: EntityManager, text: string, params: readonly unknown[] = []): Promise<Row | undefined> {
  const [row] = await selectRows<Row>(m, text, params);
  return row;
}

/**
 * A search term for LIKE with its wildcards taken literally: `%`, `_` and the escape character
 * itself are escaped with a backslash (Postgres's default LIKE escape), so searching for `%`
 * finds a literal percent sign instead of every row. Every LIKE on user input goes through it.
 */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Postgres errors as node-postgres reports them, for telling a unique violation from a crash. */
export interface PgError {
  code?: string;
  constraint?: string;
}

export function isUniqueViolation(error: unknown, constraintPart: string): boolean {
  const e = error as PgError | null;
  return e?.code === '23505' && String(e?.constraint ?? '').includes(constraintPart);
}
