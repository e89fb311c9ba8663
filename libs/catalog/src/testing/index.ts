/** Test-only helpers of the catalog, imported as @county/catalog/testing. */
export * from './sample-content';
export * from './new-matter';
