import { EntityManager } from 'typeorm';
import { isUuid } from '../database/ids';
import { Action, AppAbility, Subject, SubjectAccess } from './permissions';
import { RequestContext } from './request-context';

type Operand = string | number | boolean | null;

/** One condition of a rule as SQL on the subject's columns. Unknown attributes are a programming error. */
function conditionSql(subject: Subject, access: SubjectAccess, conditions: Record<string, unknown>, params: unknown[]): string {
  const parts = Object.entries(conditions).map(([attribute, test]) => {
    const column = access.columns[attribute];
    if (!column) throw new Error(`${subject}: no column for condition attribute ${attribute}`);
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const on = (col: string): string => {
      if (test !== null && typeof test === 'object' && !Array.isArray(test)) {
        const [[op, value]] = Object.entries(test as Record<string, unknown>);
        if (op === '$within') return `${col} <@ ${param(value)}::ltree`;
        if (op === '$in') return `${col} = ANY (${param(value)})`;
        if (op === '$eq') return `${col} = ${param(value)}`;
        throw new Error(`${subject}: operator ${op} has no SQL form`);
      }
      return test === null ? `${col} IS NULL` : `${col} = ${param(test as Operand)}`;
    };
    return typeof column === 'function' ? column(on) : on(column);
  });
  return parts.length ? `(${parts.join(' AND ')})` : 'true';
}

/**
 * The caller's rules for `action` on `subject` as one SQL condition on the subject's columns
 * (appending parameters): what a list may show. No rule means no rows.
 */
export function accessibleSql(ability: AppAbility, action: Action, subject: Subject, access: SubjectAccess, params: unknown[]): string {
  const allowed: string[] = [];
  const denied: string[] = [];
  for (const rule of ability.rulesFor(action, subject)) {
    const sql = rule.conditions ? conditionSql(subject, access, rule.conditions as Record<string, unknown>, params) : 'true';
    (rule.inverted ? denied : allowed).push(sql);
  }
  if (allowed.length === 0) return 'false';
  const grant = allowed.includes('true') ? 'true' : `(${allowed.join(' OR ')})`;
  return denied.length ? `(${grant} AND NOT (${denied.join(' OR ')}))` : grant;
}

/**
 * The one access check for ids: every id must exist and be allowed, or the first that is not
 * answers the subject's NOT_FOUND, as if it did not exist. One query for the whole batch.
 * Returns the ids in the order given.
 */
export async function requireAccess(m: EntityManager, ctx: RequestContext, action: Action, subject: Subject, ids: readonly string[]): Promise<string[]> {
  const access = ctx.accessOf(subject);
  const malformed = ids.find((id) => !isUuid(id));
  if (malformed !== undefined) throw access.notFound(malformed);
  if (ids.length === 0) return [];
  const params: unknown[] = [[...new Set(ids)]];
  const allowed = accessibleSql(ctx.ability, action, subject, access, params);
  const rows: { id: string }[] = await m.query(`SELECT ${access.id} AS id FROM ${access.from} WHERE ${access.id} = ANY ($1::uuid[]) AND ${allowed}`, params);
  const found = new Set(rows.map((r) => r.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw access.notFound(missing);
  return [...ids];
}

/**
 * For what does not exist yet: may the caller do `action` on `subject` placed at these org
 * units (a membership at a unit, a unit under a parent, a delegation from a department)?
 * The subject's rules are tested on the units' paths; an id that fails answers NOT_FOUND.
 */
export async function requirePlace(m: EntityManager, ctx: RequestContext, action: Action, subject: Subject, orgUnitIds: readonly string[]): Promise<void> {
  const units = ctx.accessOf('OrgUnit');
  const malformed = orgUnitIds.find((id) => !isUuid(id));
  if (malformed !== undefined) throw units.notFound(malformed);
  const params: unknown[] = [[...new Set(orgUnitIds)]];
  const allowed = accessibleSql(ctx.ability, action, subject, units, params);
  const rows: { id: string }[] = await m.query(`SELECT ${units.id} AS id FROM ${units.from} WHERE ${units.id} = ANY ($1::uuid[]) AND ${allowed}`, params);
  const missing = orgUnitIds.find((id) => !rows.some((r) => r.id === id));
  if (missing !== undefined) throw units.notFound(missing);
}
