import { registerSchema } from '@county/tenancy';
import { CATALOG_MIGRATIONS } from './catalog.schema';

// Importing the catalog adds its tables to the platform's migrations.
registerSchema([], CATALOG_MIGRATIONS);

export * from './catalog.module';
export * from './catalog.service';
export * from './catalog.errors';
export * from './catalog.schema';
export * from './content/catalog-enums';
export * from './content/matter-content';
export { CURRENT_CONTENT_VERSION, readContent } from './content/content-versions';
export * from './matter.type';
export * from './matter-writes';
export * from './effective-catalog';
export * from './applied-terms';
export * from './rules/matter-rules';
export * from './rules/local-change';
export * from './guide/guide.service';
export * from './notice/notice.service';
export * from './ledger/catalog-ledger';
export * from './ledger/ledger.service';
export { XLSX_MIME } from './excel/xlsx-response';
export * from './demo/demo-catalog';
/** A valid matter to build on in tests and examples. */
export * from './testing/sample-content';
export * from './catalog.permissions';
export * from './catalog.audit';
