import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/dist', '**/node_modules', '**/.data', '**/.nx', 'apps/admin/src/gql/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      // Dependencies point one way: admin and api on top, evaluation → cases → catalog → tenancy.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:shared'] },
            { sourceTag: 'domain:tenancy', onlyDependOnLibsWithTags: ['type:shared'] },
            { sourceTag: 'domain:catalog', onlyDependOnLibsWithTags: ['domain:tenancy', 'type:shared'] },
            { sourceTag: 'domain:cases', onlyDependOnLibsWithTags: ['domain:catalog', 'domain:tenancy', 'type:shared'] },
            { sourceTag: 'domain:evaluation', onlyDependOnLibsWithTags: ['domain:cases', 'domain:catalog', 'domain:tenancy', 'type:shared'] },
            { sourceTag: 'scope:admin', notDependOnLibsWithTags: ['type:domain'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Database rows and everything else in the domain libraries are typed (database/sql.ts).
    files: ['libs/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
];
