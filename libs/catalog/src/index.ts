export * from './catalog.module';
export * from './catalog.service';
export * from './catalog.errors';
export * from './catalog.schema';
export * from './content/catalog-enums';
export * from './content/matter-content';
export * from './matter.type';
export * from './matter-writes';
export * from './effective-catalog';
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
