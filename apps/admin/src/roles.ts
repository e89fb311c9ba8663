import type { Role } from './gql/graphql';

/** Roles a county's catalog administrator may hand out; platform operators are created elsewhere. */
export const ASSIGNABLE_ROLES: readonly Role[] = [
  'CATALOG_ADMIN',
  'DEPARTMENT_APPROVER',
  'WINDOW_CLERK',
  'VILLAGE_AGENT',
  'SUPERVISOR',
];

/** Mirrors the API's password rule so the form can say so before the round trip. */
export const PASSWORD_PATTERN = /^(?=.*[A-Za-z])(?=.*\d).{10,}$/;

/** Mainland mobile numbers: 11 digits starting with 1[3-9]. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
