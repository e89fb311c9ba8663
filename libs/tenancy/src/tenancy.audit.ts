import { auditFor } from './audit/audit';

/** What the tenancy library records on the audit chain. */
export const TENANCY_AUDIT_ACTIONS = [
  'login',
  'login_failed',
  'account_under_attack',
  'logout',
  'session_revoked',
  'password_changed',
  'user_created',
  'user_unlocked',
  'membership_added',
  'membership_revoked',
  'org_unit_created',
  'unit_details_changed',
  'window_renamed',
  'window_closed',
  'delegation_granted',
  'delegation_revoked',
  'delegation_used',
  'tenant_created',
  'demo_loaded',
  'access_refused',
] as const;

export type TenancyAuditAction = (typeof TENANCY_AUDIT_ACTIONS)[number];

export const audit = auditFor('tenancy', TENANCY_AUDIT_ACTIONS);
