import { auditFor } from '@county/tenancy';

/** What the catalog records on the audit chain. */
export const CATALOG_AUDIT_ACTIONS = [
  'matter_draft_created',
  'matter_draft_saved',
  'matter_draft_opened',
  'matter_published',
  'matter_retired',
  'matter_version_withdrawn',
  'matter_local_setting_set',
  'catalog_imported',
  'guide_synonym_set',
  'guide_synonym_removed',
] as const;

export type CatalogAuditAction = (typeof CATALOG_AUDIT_ACTIONS)[number];

export const catalogAudit = auditFor('catalog', CATALOG_AUDIT_ACTIONS);
