/** Test-only helpers, imported as @county/tenancy/testing. */
export * from './test-database';
export * from './neighbour-county';
export * from './free-port';
export * from './factories';
export * from './test-audit';
export * from './test-child';
