export * from './evaluation.module';
export * from './evaluation.errors';
export * from './evaluation.audit';
export * from './evaluation.permissions';
export * from './evaluation.schema';
export * from './rating/grades';
export * from './rules/evaluation-rules';
export * from './rectification/rectification-process';
