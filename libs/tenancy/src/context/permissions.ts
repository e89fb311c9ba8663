import { createMongoAbility, MongoAbility, MongoQuery, RawRuleOf, buildMongoQueryMatcher } from '@casl/ability';
import { isWithin } from './jurisdiction';
import { Role } from './role';

/** Actions every library shares; a library may add its own (cases: `accept`, `decide`). */
export type Action = 'manage' | 'create' | 'read' | 'update' | 'delete' | (string & {});
export type Subject = string;

/**
 * Conditions rules may carry, as CASL Mongo queries on the subject's attributes:
 * `{ path: { $within: '610921.610921100' } }` (jurisdiction: this org path or below it),
 * `{ assigneeId: userId }` (assigned to me), `{ departmentId: { $in: [...] } }` (decided by
 * my department). Each attribute a library names must be mapped to a column for SQL.
 */
export type Conditions = MongoQuery;

export type AppAbility = MongoAbility<[Action, Subject], Conditions>;
export type AppRule = RawRuleOf<AppAbility>;

/** Injection token of the composed permission definitions. */
export const PERMISSIONS = Symbol('PERMISSIONS');

/** One role a person holds, at a place, with what rules need to know about it. */
export interface RoleGrant {
  role: Role;
  userId: string;
  orgUnitId: string | null;
  /** The org unit's path; county-wide roles are held at the county unit. */
  path: string | null;
  /** The township or village the unit belongs to (a window's territory is its township). */
  territory: string | null;
  countyPath: string | null;
}

export type Can = (action: Action, subject: Subject, conditions?: Conditions) => void;

/**
 * A library's permissions, declared by the library: its subjects, the rules each role gets,
 * and for each subject how to find its rows in SQL (for lists and bulk access checks).
 */
export interface PermissionDefinition {
  library: string;
  subjects: Record<Subject, SubjectAccess>;
  grant(grant: RoleGrant, can: Can): void;
}

/** Where a subject's rows live and which column answers each condition attribute. */
export interface SubjectAccess {
  /** FROM clause with an alias, e.g. `org_unit o`. */
  from: string;
  id: string;
  /**
   * The SQL for each condition attribute: a column, or a function that wraps a test on a
   * column (for attributes that live on related rows, such as a person's memberships).
   */
  columns: Record<string, string | ((test: (column: string) => string) => string)>;
  /** The coded error for an id the caller may not see (as if it did not exist). */
  notFound: (id: string) => Error;
}

const within = {
  type: 'field' as const,
  validate(_instruction: unknown, value: unknown) {
    if (typeof value !== 'string') throw new Error('$within expects an ltree path');
  },
};
const interpretWithin = (condition: { field: string; value: string }, object: object, { get }: { get: (o: object, f: string) => unknown }) => {
  const path = get(object, condition.field);
  return typeof path === 'string' && isWithin(path, condition.value);
};
const conditionsMatcher = buildMongoQueryMatcher({ $within: within }, { within: interpretWithin } as never);

export function abilityOf(rules: AppRule[]): AppAbility {
  return createMongoAbility<AppAbility>(rules, {
    conditionsMatcher,
    detectSubjectType: (object: { __subject?: string }) => object.__subject ?? (object as unknown as string),
  });
}

/** The rules of every library for every role a person holds, composed into one ability. */
export function composeAbility(definitions: readonly PermissionDefinition[], grants: RoleGrant[]): AppAbility {
  const rules: AppRule[] = [];
  const can: Can = (action, subject, conditions) => rules.push({ action, subject, ...(conditions ? { conditions } : {}) });
  for (const grant of grants) for (const d of definitions) d.grant(grant, can);
  return abilityOf(rules);
}

/** `{ path: { $within: p } }`, or no condition at all when the place is unknown (never matches). */
export const withinPath = (path: string | null): Conditions => ({ path: { $within: path ?? '\u0000none' } });

/**
 * A clerk at a township center's window works for the township, not just the window:
 * the territory is the nearest territorial ancestor. Territorial labels are digits only.
 */
export function territoryOf(path: string | null): string | null {
  if (!path) return null;
  const labels = path.split('.');
  while (labels.length > 1 && !/^\d+$/.test(labels[labels.length - 1])) labels.pop();
  return labels.join('.');
}
