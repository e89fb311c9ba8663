import { readFileSync } from 'node:fs';
import { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { contractApp, printedSchema } from './contract-app';
import { operationPermissions, permissionsTable } from './operation-permissions';

describe('API contract', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await contractApp();
  });
  afterAll(() => app.close());

  it('the committed schema.gql is what the code serves (run npm run contract:print)', () => {
    expect(readFileSync('apps/api/schema.gql', 'utf8')).toBe(printedSchema(app));
  });

  it('every operation and HTTP route declares who may call it, and docs/permissions.md lists them all', () => {
    const ops = operationPermissions(app);
    const schema = app.get(GraphQLSchemaHost).schema;
    const served = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((n) => `Query.${n}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((n) => `Mutation.${n}`),
    ].sort();
    expect(ops.filter((o) => o.type !== 'HTTP').map((o) => `${o.type}.${o.name}`).sort()).toEqual(served);
    expect(ops.filter((o) => o.type === 'HTTP').length).toBeGreaterThan(0);
    expect(ops.filter((o) => o.permission.startsWith('NONE'))).toEqual([]);
    expect(readFileSync('docs/permissions.md', 'utf8')).toBe(permissionsTable(ops));
  });
});
