import { TestCounty, TestFactory } from '@county/tenancy/testing';
import { startTestApp, TestApp } from '../testing/test-app';

/** What the API refuses before running anything: oversized, too costly, batched or malformed requests. */
describe('request limits', () => {
  let t: TestApp;
  let factory: TestFactory;
  let made: TestCounty;
  let admin: string;
  let county: string;

  const post = async (body: string, token?: string) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const departmentsNamed = async (name: string) =>
    (await t.gql(`query($q:String!){ searchOrgUnits(query:$q, first:100) { nodes { id } } }`, { q: name }, admin)).data.searchOrgUnits.nodes.length;
  const createMany = (n: number, name: string) =>
    `mutation($p:ID!){ ${Array.from({ length: n }, (_, i) => `d${i}: createOrgUnit(input:{ parentId:$p, kind:DEPARTMENT, name:"${name}" }) { id }`).join(' ')} }`;

  beforeAll(async () => {
    t = await startTestApp();
    factory = await TestFactory.open(t.db.ownerUrl);
    made = await factory.newCounty();
    admin = await t.login(made.admin.username, made.admin.password);
    county = made.unit.id;
  });
  afterAll(async () => {
    await factory?.close();
    await t?.close();
  });

  it('refuses a too costly query with QUERY_TOO_COMPLEX and HTTP 400', async () => {
    const wide = `{ ${Array.from({ length: 600 }, (_, i) => `m${i}: me { id }`).join(' ')} }`;
    const r = await t.gql(wide, {}, admin);
    expect(r.status).toBe(400);
    expect(r.data).toBeUndefined();
    expect(r.errors![0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      complexity: 1200,
      maxComplexity: 500,
      messageZh: '查询过于复杂（代价 1200，上限 500）',
      messageEn: 'Query is too costly (1200, limit 500)',
    });
  });

  it('runs nothing of a too costly mutation, while a small one of the same shape runs', async () => {
    const r = await t.gql(createMany(260, '限流测试部门'), { p: county }, admin);
    expect(r.status).toBe(400);
    expect(r.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(await departmentsNamed('限流测试部门')).toBe(0);
    const small = await t.gql(createMany(2, '限流对照部门'), { p: county }, admin);
    expect(small.errors).toBeUndefined();
    expect(await departmentsNamed('限流对照部门')).toBe(2);
  });

  it('counts what a public guide page resolves: 83 aliased village guides are QUERY_TOO_COMPLEX, run nothing, and one is fine', async () => {
    const guides = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `g${i}: guideForUnit(orgUnitCode:"610921100001") { here { matterId } }`).join(' ')} }`;
    const many = await t.gql(guides(83));
    expect(many.status).toBe(400);
    expect(many.data).toBeUndefined();
    expect(many.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', complexity: 83 * 12, maxComplexity: 500 });
    const one = await t.gql(guides(1));
    expect(one.errors).toBeUndefined();
    expect(one.data.g0.here.length).toBeGreaterThan(0);
  });

  it('counts list sizes: three aliased pages of 100 matters with their whole content are QUERY_TOO_LARGE, one is fine', async () => {
    const content = `basicCode implementationCode name applicantKinds legalBasis { level title article } conditions
      materials { name form copies required deferrable sharedData note } steps { name kind days counted } fees { name basis amount }
      resultDocuments deliveryOptions acceptingTiers place hours consultPhone`;
    const page = (alias: string) => `${alias}: matters(first: 100) { totalCount nodes { id inForce { version content { ${content} } } } }`;
    const three = await t.gql(`{ ${page('a')} ${page('b')} ${page('c')} }`, {}, admin);
    expect(three.status).toBe(400);
    expect(three.data).toBeUndefined();
    expect(three.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', maxCost: 50_000 });
    expect(three.errors![0].extensions.cost).toBeGreaterThan(50_000);
    expect(three.errors![0].extensions.messageEn).toMatch(/^Query may return too much/);
    const one = await t.gql(`{ ${page('a')} }`, {}, admin);
    expect(one.errors).toBeUndefined();
    expect(one.data.a.totalCount).toBeGreaterThanOrEqual(0);

    // Measures are remembered per document and variables: the same text asking for more is measured again.
    const aliased = (alias: string) => `${alias}: matters(first: $n) { totalCount nodes { id inForce { version content { ${content} } } } }`;
    const byVariable = `query($n: Int) { ${aliased('a')} ${aliased('b')} ${aliased('c')} }`;
    expect((await t.gql(byVariable, { n: 5 }, admin)).errors).toBeUndefined();
    expect((await t.gql(byVariable, { n: 5 }, admin)).errors).toBeUndefined();
    expect((await t.gql(byVariable, { n: 100 }, admin)).errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_LARGE' });
  });

  it('refuses, quickly and as QUERY_TOO_COMPLEX, a small query whose fragments multiply', async () => {
    const n = 30;
    const fragments = Array.from({ length: n }, (_, i) =>
      i < n - 1 ? `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }` : `fragment F${i} on Query { me { id } }`,
    );
    const started = Date.now();
    const r = await t.gql(`{ ...F0 }\n${fragments.join('\n')}`, {}, admin);
    expect(r.status).toBe(400);
    expect(r.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('the deepest query the schema allows is within the depth limit', async () => {
    const r = await t.gql(`{ me { memberships { orgUnit { name } } } delegations(first:100) { nodes { department { name } uses { id } } } }`, {}, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data.me.memberships[0].orgUnit.name).toBe(made.name);
  });

  it('refuses a body over 256 KB with HTTP 413 PAYLOAD_TOO_LARGE; one just under is fine', async () => {
    const padded = (kb: number) => JSON.stringify({ query: `{ me { username } } # ${'x'.repeat(kb * 1024)}` });
    const big = await post(padded(260), admin);
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', messageZh: expect.stringContaining('请求过大') });
    const fine = await post(padded(200), admin);
    expect(fine.status).toBe(200);
    expect(fine.body.data.me.username).toBe(made.admin.username);
  });

  it('refuses a batched request (JSON array body) and runs none of it', async () => {
    const op = (name: string) => ({
      query: `mutation($p:ID!){ createOrgUnit(input:{ parentId:$p, kind:DEPARTMENT, name:"${name}" }) { id } }`,
      variables: { p: county },
    });
    const r = await post(JSON.stringify([op('批量测试甲'), op('批量测试乙')]), admin);
    expect(r.status).toBe(400);
    expect(Array.isArray(r.body)).toBe(false);
    expect(r.body.errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', messageEn: expect.stringContaining('batching disabled') });
    expect(await departmentsNamed('批量测试')).toBe(0);
  });

  it('refuses a body that is not JSON with INVALID_JSON', async () => {
    const r = await post('{ "query": ', admin);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe('INVALID_JSON');
  });

  it('an unknown field is GRAPHQL_VALIDATION_FAILED in both languages, with a suggestion outside production', async () => {
    const r = await t.gql(`{ me { usernme } }`, {}, admin);
    expect(r.status).toBe(400);
    const ext = r.errors![0].extensions;
    expect(ext.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(ext.messageZh).toMatch(/^请求与接口定义不符：Cannot query field "usernme" on type "Me"/);
    expect(ext.messageEn).toMatch(/^The query does not match the schema: Cannot query field "usernme"/);
    expect(ext.messageEn).toContain('Did you mean "username"?');
  });

  it('allows introspection outside production', async () => {
    const r = await t.gql(`{ __schema { types { name } } }`);
    expect(r.data.__schema.types.map((x: any) => x.name)).toContain('OrgUnit');
  });
});
