import { Ability, ConditionsMatcher } from '@casl/ability';
import { isWithin } from './jurisdiction';
import { Role } from './role';

export type Action = 'manage' | 'create' | 'read' | 'update' | 'delete';
export type Subject =
  | 'Tenant'
  | 'OrgUnit'
  | 'User'
  | 'Membership'
  | 'Delegation'
  | 'AuditLog'
  | 'Matter'
  | 'LocalSetting'
  | 'all';

/** The only condition rules carry: the object's org path lies within a jurisdiction. */
export interface Jurisdiction {
  within: string;
}

export type AppAbility = Ability<[Action, Subject], Jurisdiction>;

const jurisdictionMatcher: ConditionsMatcher<Jurisdiction> = (condition) => (object: { path?: string }) =>
  typeof object?.path === 'string' && isWithin(object.path, condition.within);

export interface RoleAt {
  role: Role;
  /** The org unit's path; county-wide roles are held at the county unit. */
  path: string | null;
  countyPath: string | null;
}

/** What each role may do, bounded by where it is held. */
export function defineAbility(roles: RoleAt[]): AppAbility {
  const rules: { action: Action; subject: Subject; conditions?: Jurisdiction }[] = [];
  const can = (action: Action, subject: Subject, within?: string | null) =>
    rules.push({ action, subject, ...(within ? { conditions: { within } } : {}) });

  for (const { role, path, countyPath } of roles) {
    switch (role) {
      case 'platform_operator':
        can('read', 'Tenant');
        can('create', 'Tenant');
        break;
      case 'catalog_admin':
        can('manage', 'OrgUnit', countyPath);
        can('manage', 'User', countyPath);
        can('manage', 'Membership', countyPath);
        can('manage', 'Delegation', countyPath);
        can('read', 'AuditLog', countyPath);
        can('manage', 'Matter', countyPath);
        can('manage', 'LocalSetting', countyPath);
        break;
      case 'supervisor':
        can('read', 'OrgUnit', countyPath);
        can('read', 'User', countyPath);
        can('read', 'Delegation', countyPath);
        can('read', 'AuditLog', countyPath);
        can('read', 'Matter', countyPath);
        break;
      case 'department_approver':
        // Departments work for the whole county; they see its tree but administer nothing.
        can('read', 'OrgUnit', countyPath);
        can('read', 'Delegation', path);
        can('read', 'Matter', countyPath);
        break;
      case 'window_clerk':
      case 'village_agent':
        can('read', 'OrgUnit', territoryOf(path));
        can('read', 'Matter', countyPath);
        // Townships and villages localize the matters they accept (address, hours, a shorter promise).
        can('manage', 'LocalSetting', territoryOf(path));
        break;
    }
  }
  return new Ability<[Action, Subject], Jurisdiction>(rules, {
    conditionsMatcher: jurisdictionMatcher,
    detectSubjectType: (object: any) => object.__subject,
  });
}

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

/**
 * The paths within which `action` on `subject` is allowed, for SQL filters:
 * 'all' means the whole tenant, an empty list means nothing.
 */
export function jurisdictionsFor(ability: AppAbility, action: Action, subject: Subject): 'all' | string[] {
  const paths: string[] = [];
  for (const rule of ability.rulesFor(action, subject)) {
    if (rule.inverted) continue;
    if (!rule.conditions) return 'all';
    paths.push(rule.conditions.within);
  }
  return paths;
}
