import { TestFactory } from '@county/tenancy/testing';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * A request that does not fit the schema, in its query or in its variables, is the caller's
 * mistake: HTTP 400 with a coded, bilingual error that names the problem, never INTERNAL.
 */
describe('requests that fail validation or variable coercion', () => {
  let t: TestApp;
  let factory: TestFactory;
  let admin: string;
  let county: string;
  const createUnit = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`;

  beforeAll(async () => {
    t = await startTestApp();
    factory = await TestFactory.open(t.db.ownerUrl);
    const made = await factory.newCounty();
    admin = await t.login(made.admin.username, made.admin.password);
    county = made.unit.id;
  });
  afterAll(async () => {
    await factory?.close();
    await t?.close();
  });

  const expectCoded = (r: Awaited<ReturnType<TestApp['gql']>>, code: string, mentions: string) => {
    expect(r.status).toBe(400);
    expect(r.data).toBeUndefined();
    const ext = r.errors![0].extensions;
    expect(ext.code).toBe(code);
    expect(ext.messageZh).toMatch(/^输入有误|^请求与接口定义不符/);
    expect(ext.messageEn).toMatch(/^Invalid input|^The query does not match the schema/);
    expect(ext.messageEn).toContain(mentions);
  };

  it('a variable with a field its input type does not have is BAD_USER_INPUT', async () => {
    const r = await t.gql(createUnit, { input: { parentId: county, kind: 'DEPARTMENT', name: '字段多余', colour: 'red' } }, admin);
    expectCoded(r, 'BAD_USER_INPUT', '"colour"');
  });

  it('a missing required variable is BAD_USER_INPUT', async () => {
    const r = await t.gql(createUnit, {}, admin);
    expectCoded(r, 'BAD_USER_INPUT', '$input');
  });

  it('a number where a string belongs is BAD_USER_INPUT', async () => {
    const r = await t.gql(createUnit, { input: { parentId: county, kind: 'DEPARTMENT', name: 42 } }, admin);
    expectCoded(r, 'BAD_USER_INPUT', 'String');
  });

  it('an unknown field in the query, also inside an input literal, is GRAPHQL_VALIDATION_FAILED', async () => {
    expectCoded(await t.gql(`{ orgUnits { nodes { id colour } } }`, {}, admin), 'GRAPHQL_VALIDATION_FAILED', '"colour"');
    const literal = await t.gql(
      `mutation($p: ID!) { createOrgUnit(input: { parentId: $p, kind: DEPARTMENT, name: "x", colour: "red" }) { id } }`,
      { p: county },
      admin,
    );
    expectCoded(literal, 'GRAPHQL_VALIDATION_FAILED', '"colour"');
  });

  it('creates nothing for any of them, and the same mutation with good variables still works', async () => {
    const named = async (q: string) => (await t.gql(`query($q:String!){ searchOrgUnits(query:$q, first:10) { nodes { id } } }`, { q }, admin)).data.searchOrgUnits.nodes;
    expect(await named('字段多余')).toEqual([]);
    const ok = await t.gql(createUnit, { input: { parentId: county, kind: 'DEPARTMENT', name: '校验对照部门' } }, admin);
    expect(ok.errors).toBeUndefined();
    expect(await named('校验对照部门')).toHaveLength(1);
  });
});
