/** The platform operators' own pseudo-tenant: it holds their accounts and nothing of any county. */
export const PLATFORM_TENANT_ID = '00000000-0000-0000-0000-000000000000';
