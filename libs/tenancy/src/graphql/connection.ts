import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString } from 'class-validator';
import { EntityManager } from 'typeorm';
import { defineErrors } from '../errors/error-catalog';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const PagingError = defineErrors('paging', {
  PageTooLarge: {
    code: 'PAGE_SIZE_OUT_OF_RANGE',
    kind: 'invalid',
    zh: (first: number) => `每页条数须在 1 到 ${MAX_PAGE_SIZE} 之间（收到 ${first}）`,
    en: (first: number) => `first must be between 1 and ${MAX_PAGE_SIZE} (got ${first})`,
    field: ['first'],
    details: (first: number) => ({ first, max: MAX_PAGE_SIZE }),
  },
  CursorInvalid: {
    code: 'CURSOR_INVALID',
    kind: 'invalid',
    zh: '分页游标无效',
    en: 'The page cursor is not valid',
    field: ['after'],
  },
});

@ObjectType('PageInfo', { description: '分页信息 / where this page ends' })
export class PageInfo {
  @Field(() => String, { nullable: true, description: '本页最后一项的游标，传给 after 取下一页' }) endCursor: string | null;
  @Field() hasNextPage: boolean;
}

export interface Page<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: PageInfo;
}

/**
 * The one list shape of the API: `totalCount`, `nodes` and `pageInfo { endCursor hasNextPage }`.
 * Each list declares `@ObjectType('UserConnection') class UserConnection extends Connection(UserView) {}`.
 */
export function Connection<T>(node: Type<T>): Type<Page<T>> {
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Page<T> {
    @Field(() => Int, { description: '符合筛选条件的总数 / how many match the filters' }) totalCount: number;
    @Field(() => [node]) nodes: T[];
    @Field(() => PageInfo) pageInfo: PageInfo;
  }
  return ConnectionType as unknown as Type<Page<T>>;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `每页条数，最多 ${MAX_PAGE_SIZE} / page size` })
  @IsOptional()
  @IsInt()
  first?: number;

  @Field(() => String, { nullable: true, description: '上一页的 endCursor / the endCursor of the previous page' })
  @IsOptional()
  @IsString()
  after?: string | null;
}

/** One column of a list's order: an output column of the list's query, never null. */
export interface SortKey {
  column: string;
  desc?: boolean;
}

/** A keyset query: its rows, the columns that order them (the last one unique, usually the id). */
export interface KeysetQuery {
  sql: string;
  params: unknown[];
  keys: SortKey[];
}

/** The cursor is opaque to clients: base64url of the sort key values of the last row. */
export function encodeCursor(values: string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): string[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw PagingError.CursorInvalid();
  }
  if (!Array.isArray(values) || values.length !== arity || !values.every((v) => typeof v === 'string')) {
    throw PagingError.CursorInvalid();
  }
  return values as string[];
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw PagingError.PageTooLarge(size);
  return size;
}

const quoted = (column: string) => `p."${column.replace(/"/g, '""')}"`;

/**
 * Rows after the cursor in key order: (k1 > v1) OR (k1 = v1 AND k2 > v2) OR …, so keys may
 * mix directions. The parameters take their types from the columns they are compared with.
 */
export function keysetCondition(keys: SortKey[], after: string[], params: unknown[]): string {
  const refs = after.map((value) => `$${params.push(value)}`);
  const branches = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => `${quoted(k.column)} = ${refs[j]}`);
    return `(${[...equal, `${quoted(key.column)} ${key.desc ? '<' : '>'} ${refs[i]}`].join(' AND ')})`;
  });
  return `(${branches.join(' OR ')})`;
}

/**
 * Runs a list query one page at a time: filters stay in the query's SQL, the page is cut by
 * keyset (no OFFSET), and the total counts the same rows. Key values travel as text so
 * timestamps keep their microseconds.
 */
export async function fetchPage<R>(m: EntityManager, query: KeysetQuery, args: PageArgs): Promise<Page<R>> {
  const size = pageSize(args.first);
  const params = [...query.params];
  const after = args.after ? keysetCondition(query.keys, decodeCursor(args.after, query.keys.length), params) : 'true';
  const keyText = query.keys.map((k, i) => `${quoted(k.column)}::text AS "__key${i}"`).join(', ');
  const order = query.keys.map((k) => `${quoted(k.column)}${k.desc ? ' DESC' : ''}`).join(', ');
  const rows: Record<string, unknown>[] = await m.query(
    `SELECT p.*, ${keyText} FROM (${query.sql}) p WHERE ${after} ORDER BY ${order} LIMIT ${size + 1}`,
    params,
  );
  const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM (${query.sql}) p`, query.params);
  const nodes = rows.slice(0, size);
  const last = nodes[nodes.length - 1];
  return {
    totalCount: count,
    nodes: nodes.map((row) => {
      const copy = { ...row };
      query.keys.forEach((_, i) => delete copy[`__key${i}`]);
      return copy as R;
    }),
    pageInfo: {
      hasNextPage: rows.length > size,
      endCursor: last ? encodeCursor(query.keys.map((_, i) => last[`__key${i}`] as string)) : null,
    },
  };
}

/** The same page with its nodes turned into views, e.g. after loading their details in one batch. */
export async function mapPage<R, T>(page: Page<R>, toViews: (rows: R[]) => Promise<T[]> | T[]): Promise<Page<T>> {
  return { ...page, nodes: await toViews(page.nodes) };
}
