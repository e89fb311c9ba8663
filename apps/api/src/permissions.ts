import { PermissionDefinition, TENANCY_PERMISSIONS } from '@county/tenancy';
import { CATALOG_PERMISSIONS } from '@county/catalog';
import { CASES_PERMISSIONS } from '@county/cases';
import { EVALUATION_PERMISSIONS } from '@county/evaluation';

/** Every library's permissions, composed once: each library declares its own subjects and rules. */
export const PERMISSIONS: readonly PermissionDefinition[] = [TENANCY_PERMISSIONS, CATALOG_PERMISSIONS, CASES_PERMISSIONS, EVALUATION_PERMISSIONS];
