import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { contractApp, printedSchema } from './contract-app';
import { errorCodesTable } from './error-codes';
import { operationPermissions, permissionsTable } from './operation-permissions';

/** Writes apps/api/schema.gql, docs/permissions.md and docs/errors.md from the code. */
async function main(): Promise<void> {
  const app = await contractApp();
  writeFileSync('apps/api/schema.gql', printedSchema(app));
  writeFileSync('docs/permissions.md', permissionsTable(operationPermissions(app)));
  writeFileSync('docs/errors.md', errorCodesTable());
  await app.close();
  console.log('Wrote apps/api/schema.gql, docs/permissions.md and docs/errors.md');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
