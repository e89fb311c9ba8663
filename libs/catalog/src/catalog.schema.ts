import { Catalog1732400000000 } from './migrations/1732400000000-catalog';
import { CatalogReadPaths1732500000000 } from './migrations/1732500000000-catalog-read-paths';
import { LocalSettingHistory1732610000000 } from './migrations/1732610000000-local-setting-history';

/**
 * The catalog's migrations, free of lib aliases so plain-Node callers (the jest global
 * setup) can load them; `index.ts` registers them with the tenancy data sources.
 */
export const CATALOG_MIGRATIONS: Function[] = [Catalog1732400000000, CatalogReadPaths1732500000000, LocalSettingHistory1732610000000];
