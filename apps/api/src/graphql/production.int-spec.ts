import { TestFactory } from '@county/tenancy/testing';
import { startTestApp, TestApp } from '../testing/test-app';

/** In production the schema is not given away: no introspection, no "did you mean" hints. */
describe('the API in production mode', () => {
  let t: TestApp;
  let factory: TestFactory;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ production: true });
    factory = await TestFactory.open(t.db.ownerUrl);
    const county = await factory.newCounty();
    admin = await t.login(county.admin.username, county.admin.password);
  });
  afterAll(async () => {
    await factory?.close();
    await t?.close();
  });

  it('refuses introspection, also with a token', async () => {
    for (const query of [`{ __schema { types { name } } }`, `{ __type(name:"OrgUnit") { fields { name } } }`]) {
      const r = await t.gql(query, {}, admin);
      expect(r.status).toBe(400);
      expect(r.data).toBeUndefined();
      expect(r.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.errors![0].extensions.messageEn).toContain('introspection is not allowed');
    }
  });

  it('still answers __typename', async () => {
    expect((await t.gql(`{ __typename }`)).data).toEqual({ __typename: 'Query' });
  });

  it('names a misspelled field or enum value without suggesting the real one', async () => {
    const field = await t.gql(`{ me { usernme } }`, {}, admin);
    expect(field.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(field.errors![0].extensions.messageEn).toContain('Cannot query field "usernme"');
    const enumValue = await t.gql(
      `mutation{ createOrgUnit(input:{ parentId:"00000000-0000-4000-8000-000000000000", kind:DEPARTMNT, name:"x" }) { id } }`,
      {},
      admin,
    );
    expect(enumValue.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    for (const r of [field, enumValue]) {
      const text = JSON.stringify(r);
      expect(text).not.toMatch(/Did you mean/i);
      expect(text).not.toContain('"username"');
      expect(text).not.toContain('DEPARTMENT');
    }
  });

  it('applies the same limits, and reports them with their codes', async () => {
    const wide = `{ ${Array.from({ length: 600 }, (_, i) => `m${i}: me { id }`).join(' ')} }`;
    const r = await t.gql(wide, {}, admin);
    expect(r.status).toBe(400);
    expect(r.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('hides internals of a business error: no stack trace', async () => {
    const r = await t.gql(`{ orgUnit(id:"00000000-0000-4000-8000-000000000000") { name } }`, {}, admin);
    expect(r.errors![0].extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|\.ts:\d+/);
  });
});
