// Browser end-to-end tests of the admin app against the real API on a fresh embedded Postgres.
// Run after `nx build admin`: the test server serves dist/apps/admin.
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

// Decorator settings let swc load the NestJS API that the global setup starts in-process.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'admin-e2e',
  rootDir: root,
  roots: ['<rootDir>/apps/admin/e2e'],
  testMatch: ['**/*.e2e.ts'],
  testEnvironment: '<rootDir>/apps/admin/e2e/page-on-failure.environment.js',
  transform: { '^.+\\.[tj]s$': swc },
  moduleNameMapper: { '^@county/tenancy/testing$': '<rootDir>/libs/tenancy/src/testing/index.ts', '^@county/tenancy$': '<rootDir>/libs/tenancy/src/index.ts', '^@county/catalog$': '<rootDir>/libs/catalog/src/index.ts', '^@county/cases$': '<rootDir>/libs/cases/src/index.ts', '^@county/evaluation$': '<rootDir>/libs/evaluation/src/index.ts' },
  globalSetup: '<rootDir>/apps/admin/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/apps/admin/e2e/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
};
