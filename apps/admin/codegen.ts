import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are resolved from this file so `graphql-codegen --config apps/admin/codegen.ts` works from any cwd.
const here = __dirname;
const printedSchema = join(here, '../api/schema.gql');
// The API's printed schema is the contract; the provisional copy only bridges the time before it exists.
const schema = existsSync(printedSchema) ? printedSchema : join(here, 'schema.provisional.gql');
// A test generates into a scratch folder to compare with the committed types.
const output = process.env['ADMIN_GQL_OUT'] ?? join(here, 'src/gql/');

const config: CodegenConfig = {
  schema,
  documents: [join(here, 'src/**/*.{ts,tsx}'), `!${join(here, 'src/gql/**')}`],
  ignoreNoDocuments: false,
  generates: {
    [output]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', JSON: 'unknown' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
