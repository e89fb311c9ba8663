import { readFileSync } from 'node:fs';
import { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { contractApp, printedSchema } from './contract-app';
import { errorCodeRows, errorCodesTable } from './error-codes';
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

  it('docs/errors.md lists every coded error with its kind and both messages (run npm run contract:print)', () => {
    const rows = errorCodeRows();
    expect(rows.map((r) => r.code)).toEqual(expect.arrayContaining(['NOT_FOUND', 'LOCAL_CHANGE_FORBIDDEN', 'INVALID_INPUT', 'DIVISION_CODE_MALFORMED']));
    for (const r of rows) {
      expect(r.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(r.en).toMatch(/^[\x20-\x7e\u2018-\u201d\u2013\u2014]+$/);
    }
    // Parameters print as placeholders, never as "undefined" or "[object Object]".
    expect(rows.find((r) => r.code === 'PROMISED_EXCEEDS_STATUTORY')!.zh).toContain('{promised}');
    expect(rows.filter((r) => /undefined|\[object/.test(r.zh + r.en))).toEqual([]);
    expect(readFileSync('docs/errors.md', 'utf8')).toBe(errorCodesTable(rows));
  });
});
