import { registerEnumType } from '@nestjs/graphql';

export enum RoleValue {
  PLATFORM_OPERATOR = 'platform_operator',
  CATALOG_ADMIN = 'catalog_admin',
  DEPARTMENT_APPROVER = 'department_approver',
  WINDOW_CLERK = 'window_clerk',
  VILLAGE_AGENT = 'village_agent',
  SUPERVISOR = 'supervisor',
}
registerEnumType(RoleValue, { name: 'Role', description: '角色 / role of a membership' });

export enum OrgUnitKindValue {
  COUNTY = 'county',
  TOWNSHIP = 'township',
  VILLAGE = 'village',
  DEPARTMENT = 'department',
  SERVICE_CENTER = 'service_center',
  WINDOW = 'window',
}
registerEnumType(OrgUnitKindValue, { name: 'OrgUnitKind', description: '单位类型 / kind of org unit' });
