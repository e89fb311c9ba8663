import { PlatformSchema, TENANCY_MIGRATIONS } from '@county/tenancy';
import { CATALOG_MIGRATIONS } from '@county/catalog';
import { CASES_MIGRATIONS } from '@county/cases';
import { EVALUATION_MIGRATIONS } from '@county/evaluation';

/**
 * Every library's tables, in dependency order: the one list the server, every CLI, the
 * benchmarks and the test setup migrate with. A new library adds its migrations here.
 */
export const PLATFORM_SCHEMA: PlatformSchema = {
  migrations: [...TENANCY_MIGRATIONS, ...CATALOG_MIGRATIONS, ...CASES_MIGRATIONS, ...EVALUATION_MIGRATIONS],
};
