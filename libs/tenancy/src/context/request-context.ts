import { TenantScope } from '../database/tenant-database';
import { TenancyError } from '../errors/tenancy.errors';
import { accessibleSql } from './access';
import { Action, AppAbility, AppRule, composeAbility, PermissionDefinition, Subject, SubjectAccess, territoryOf } from './permissions';
import { Role } from './role';

export interface ContextMembership {
  id: string;
  role: Role;
  orgUnitId: string | null;
  orgUnitPath: string | null;
  orgUnitKind: string | null;
  orgUnitName: string | null;
}

export interface ContextUser {
  id: string;
  username: string;
  displayName: string;
}

/**
 * Who is asking, for which county, with what authority. Built once per request from the
 * verified token and passed as the first argument to every resolver and service method.
 * The ability is composed from the permissions every library declares.
 */
export class RequestContext implements TenantScope {
  readonly ability: AppAbility;
  readonly platform: boolean;
  private readonly access: Map<Subject, SubjectAccess>;

  constructor(
    readonly tenantId: string,
    readonly user: ContextUser,
    readonly sessionId: string,
    readonly memberships: ContextMembership[],
    readonly countyPath: string | null,
    permissions: readonly PermissionDefinition[],
  ) {
    this.platform = memberships.some((m) => m.role === 'platform_operator');
    this.access = new Map(permissions.flatMap((d) => Object.entries(d.subjects)));
    this.ability = composeAbility(
      permissions,
      memberships.map((m) => ({
        role: m.role,
        userId: user.id,
        orgUnitId: m.orgUnitId,
        path: m.orgUnitPath,
        territory: territoryOf(m.orgUnitPath),
        countyPath,
      })),
    );
  }

  get roles(): Role[] {
    return [...new Set(this.memberships.map((m) => m.role))];
  }

  /** The rules as the admin app receives them on `me`. */
  get rules(): AppRule[] {
    return this.ability.rules as AppRule[];
  }

  /** Without an object: whether the caller may do this anywhere. With one: to that object. */
  can(action: Action, subject: Subject, object?: Record<string, unknown>): boolean {
    if (!object) return this.ability.can(action, subject);
    return this.ability.can(action, { ...object, __subject: subject } as never);
  }

  /** Throws FORBIDDEN unless allowed somewhere; object-level checks answer NOT_FOUND via requireAccess. */
  assertCan(action: Action, subject: Subject): void {
    if (!this.can(action, subject)) throw TenancyError.Forbidden();
  }

  /** How a subject's rows are found, as its library declared. */
  accessOf(subject: Subject): SubjectAccess {
    const access = this.access.get(subject);
    if (!access) throw new Error(`No library declares the subject ${subject}`);
    return access;
  }

  /**
   * The org paths of the caller's `$within` rules ('all' when a rule has no condition): where
   * a tree of what the caller may see starts.
   */
  withinPaths(action: Action, subject: Subject): 'all' | string[] {
    const paths: string[] = [];
    for (const rule of this.ability.rulesFor(action, subject)) {
      if (rule.inverted) continue;
      const within = (rule.conditions as { path?: { $within?: string } } | undefined)?.path?.$within;
      if (!rule.conditions) return 'all';
      if (within) paths.push(within);
    }
    return paths;
  }

  /** What a list may show: the caller's rules as SQL on the subject's columns, appending parameters. */
  allowedSql(action: Action, subject: Subject, params: unknown[]): string {
    return accessibleSql(this.ability, action, subject, this.accessOf(subject), params);
  }
}
