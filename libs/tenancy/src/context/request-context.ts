import { TenantScope } from '../database/tenant-database';
import { TenancyError } from '../errors/tenancy.errors';
import { Action, AppAbility, defineAbility, jurisdictionsFor, Subject } from './ability';
import { isWithin } from './jurisdiction';
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
 */
export class RequestContext implements TenantScope {
  readonly ability: AppAbility;
  readonly platform: boolean;

  constructor(
    readonly tenantId: string,
    readonly user: ContextUser,
    readonly sessionId: string,
    readonly memberships: ContextMembership[],
    readonly countyPath: string | null,
  ) {
    this.platform = memberships.some((m) => m.role === 'platform_operator');
    this.ability = defineAbility(
      memberships.map((m) => ({ role: m.role, path: m.orgUnitPath, countyPath })),
    );
  }

  get roles(): Role[] {
    return [...new Set(this.memberships.map((m) => m.role))];
  }

  can(action: Action, subject: Subject, object?: { path: string }): boolean {
    if (!object) return this.ability.can(action, subject);
    return this.ability.can(action, { ...object, __subject: subject } as never);
  }

  /** Throws FORBIDDEN unless allowed; pass the object to check its jurisdiction. */
  assertCan(action: Action, subject: Subject, object?: { path: string }): void {
    if (!this.can(action, subject, object)) throw TenancyError.Forbidden();
  }

  /** Paths to filter queries by: 'all' for the whole tenant, [] for nothing. */
  jurisdictions(action: Action, subject: Subject): 'all' | string[] {
    return jurisdictionsFor(this.ability, action, subject);
  }

  isWithinJurisdiction(action: Action, subject: Subject, path: string): boolean {
    const scopes = this.jurisdictions(action, subject);
    return scopes === 'all' || scopes.some((scope) => isWithin(path, scope));
  }
}
