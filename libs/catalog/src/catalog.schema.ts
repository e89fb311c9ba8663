import { Catalog1732400000000 } from './migrations/1732400000000-catalog';
import { CatalogReadPaths1732500000000 } from './migrations/1732500000000-catalog-read-paths';
import { LocalSettingHistory1732610000000 } from './migrations/1732610000000-local-setting-history';
import { CatalogRefuseTruncate1733200000001 } from './migrations/1733200000001-catalog-refuse-truncate';
import { CatalogGeneration1733300000000 } from './migrations/1733300000000-catalog-generation';
import { RetirementAndWithdrawal1733610000001 } from './migrations/1733610000001-retirement-and-withdrawal';
import { GuideSynonym1733620000000 } from './migrations/1733620000000-guide-synonym';

/** The catalog's migrations, in order; they run after tenancy's (apps/api/src/bootstrap/schema.ts). */
export const CATALOG_MIGRATIONS: Function[] = [
  Catalog1732400000000,
  CatalogReadPaths1732500000000,
  LocalSettingHistory1732610000000,
  CatalogRefuseTruncate1733200000001,
  CatalogGeneration1733300000000,
  RetirementAndWithdrawal1733610000001,
  GuideSynonym1733620000000,
];
