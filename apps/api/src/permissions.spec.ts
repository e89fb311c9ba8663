import { composeAbility, Role, RoleGrant, ROLES } from '@county/tenancy';
import { PERMISSIONS } from './permissions';

const COUNTY = '610921';
const TOWNSHIP = '610921.610921100';
const VILLAGE = '610921.610921100.610921100001';
const OTHER_TOWNSHIP = '610921.610921101';
const OTHER_VILLAGE = '610921.610921100.610921100002';

/** Where each role is typically held in the demo county. */
const HELD_AT: Record<Role, string | null> = {
  platform_operator: null,
  catalog_admin: COUNTY,
  supervisor: COUNTY,
  department_approver: `${COUNTY}.D03`,
  window_clerk: `${TOWNSHIP}.C.W01`,
  village_agent: VILLAGE,
};

const grant = (role: Role, path: string | null = HELD_AT[role]): RoleGrant => ({
  role,
  userId: 'u1',
  orgUnitId: null,
  path,
  territory: path?.split('.').filter((l) => /^\d+$/.test(l)).join('.') ?? null,
  countyPath: COUNTY,
});
const abilityOf = (role: Role, path?: string | null) => composeAbility(PERMISSIONS, [grant(role, path)]);
const at = (subject: string, path: string) => ({ __subject: subject, path }) as never;

/** The whole role table: what each role may do anywhere. A change here is a change of who can do what. */
const TABLE: [string, string, Role[]][] = [
  ['read', 'Tenant', ['platform_operator']],
  ['create', 'Tenant', ['platform_operator']],
  ['read', 'OrgUnit', ['catalog_admin', 'department_approver', 'window_clerk', 'village_agent', 'supervisor']],
  ['create', 'OrgUnit', ['catalog_admin']],
  ['read', 'User', ['catalog_admin', 'supervisor']],
  ['update', 'User', ['catalog_admin']],
  ['manage', 'Membership', ['catalog_admin']],
  ['read', 'Delegation', ['catalog_admin', 'department_approver', 'supervisor']],
  ['manage', 'Delegation', ['catalog_admin']],
  ['read', 'AuditLog', ['catalog_admin', 'supervisor']],
  ['read', 'Matter', ['catalog_admin', 'department_approver', 'window_clerk', 'village_agent', 'supervisor']],
  ['update', 'Matter', ['catalog_admin']],
  ['update', 'LocalSetting', ['catalog_admin', 'window_clerk', 'village_agent']],
  ['create', 'Rating', ['window_clerk', 'village_agent']],
  ['read', 'Rating', ['catalog_admin', 'department_approver', 'window_clerk', 'village_agent', 'supervisor']],
  ['work', 'Rectification', ['department_approver', 'window_clerk']],
  ['review', 'Rectification', ['supervisor']],
  ['manage', 'EvaluationRules', ['catalog_admin']],
];

describe('the role table', () => {
  it.each(TABLE)('%s %s: exactly %j', (action, subject, roles) => {
    expect(ROLES.filter((role) => abilityOf(role).can(action, subject))).toEqual(roles);
  });

  it('a platform operator sees nothing inside a county', () => {
    const ability = abilityOf('platform_operator');
    for (const subject of ['OrgUnit', 'User', 'Matter', 'AuditLog', 'LocalSetting']) expect(ability.can('read', subject)).toBe(false);
  });

  it('a township clerk reads her township and its villages, not the next township', () => {
    const ability = abilityOf('window_clerk');
    expect(ability.can('read', at('OrgUnit', TOWNSHIP))).toBe(true);
    expect(ability.can('read', at('OrgUnit', VILLAGE))).toBe(true);
    expect(ability.can('read', at('OrgUnit', OTHER_TOWNSHIP))).toBe(false);
    expect(ability.can('read', at('OrgUnit', COUNTY))).toBe(false);
  });

  it('a township clerk keeps her villages’ local settings; a village agent only her own village’s', () => {
    expect(abilityOf('window_clerk').can('update', at('LocalSetting', OTHER_VILLAGE))).toBe(true);
    expect(abilityOf('window_clerk').can('update', at('LocalSetting', `${OTHER_TOWNSHIP}.610921101001`))).toBe(false);
    expect(abilityOf('village_agent').can('update', at('LocalSetting', VILLAGE))).toBe(true);
    expect(abilityOf('village_agent').can('update', at('LocalSetting', OTHER_VILLAGE))).toBe(false);
    expect(abilityOf('village_agent').can('update', at('LocalSetting', TOWNSHIP))).toBe(false);
  });

  it('a clerk at the county center’s window localizes nothing anywhere', () => {
    const ability = abilityOf('window_clerk', `${COUNTY}.C.W01`);
    expect(ability.can('update', 'LocalSetting')).toBe(false);
    expect(ability.can('update', at('LocalSetting', TOWNSHIP))).toBe(false);
    expect(ability.can('read', at('OrgUnit', TOWNSHIP))).toBe(true);
  });

  it('a department approver reads delegations of her department only', () => {
    const ability = abilityOf('department_approver');
    expect(ability.can('read', at('Delegation', `${COUNTY}.D03`))).toBe(true);
    expect(ability.can('read', at('Delegation', `${COUNTY}.D04`))).toBe(false);
  });

  it('rules compose across the roles a person holds', () => {
    const ability = composeAbility(PERMISSIONS, [grant('village_agent'), grant('supervisor')]);
    expect(ability.can('read', 'AuditLog')).toBe(true);
    expect(ability.can('update', at('LocalSetting', VILLAGE))).toBe(true);
    expect(ability.can('update', at('LocalSetting', OTHER_VILLAGE))).toBe(false);
  });
});
