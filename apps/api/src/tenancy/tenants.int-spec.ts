import { Client } from 'pg';
import { importDivisions, ownerDataSource } from '@county/tenancy';
import { GqlResult, startTestApp, TestApp } from '../testing/test-app';

const CREATE = `mutation($i:CreateTenantInput!){ createTenant(input:$i) { id name divisionCode } }`;

describe('creating tenants', () => {
  let t: TestApp;
  let owner: Client;
  let platform: string;
  const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions.code;
  const input = (divisionCode: string, over: Record<string, unknown> = {}) => ({
    i: { divisionCode, adminUsername: 'ns_admin', adminPassword: 'Ningshan@2026', adminDisplayName: '宁陕管理员', ...over },
  });
  const tenantNames = async () => (await t.gql(`{ tenants(first:100) { nodes { name } } }`, {}, platform)).data.tenants.nodes.map((x: any) => x.name) as string[];
  const ownerCount = async (sql: string, params: unknown[] = []) => Number((await owner.query(sql, params)).rows[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    const ds = await ownerDataSource(t.db.ownerUrl).initialize();
    try {
      await importDivisions(ds, ['610923', '610924']); // 宁陕县, 紫阳县
    } finally {
      await ds.destroy();
    }
    owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    platform = await t.login('platform');
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  it('the platform operator creates 宁陕县; its admin logs in and sees the county with its townships', async () => {
    expect(await tenantNames()).toEqual(['汉阴县', '石泉县']);
    const r = await t.gql(CREATE, input('610923'), platform);
    expect(r.errors).toBeUndefined();
    expect(r.data.createTenant).toMatchObject({ name: '宁陕县', divisionCode: '610923000000' });
    expect(await tenantNames()).toEqual(['汉阴县', '石泉县', '宁陕县']);

    const admin = await t.login('ns_admin', 'Ningshan@2026');
    const me = await t.gql(`{ me { tenant { name } roles } }`, {}, admin);
    expect(me.data.me).toEqual({ tenant: { name: '宁陕县' }, roles: ['CATALOG_ADMIN'] });
    const roots = (await t.gql(`{ orgUnits(first:100) { nodes { id name kind } } }`, {}, admin)).data.orgUnits.nodes;
    expect(roots).toEqual([expect.objectContaining({ name: '宁陕县', kind: 'COUNTY' })]);
    const children = (await t.gql(`query($p:ID){ orgUnits(parentId:$p, first:100) { nodes { name kind } } }`, { p: roots[0].id }, admin)).data.orgUnits.nodes;
    const townships = children.filter((u: any) => u.kind === 'TOWNSHIP').map((u: any) => u.name);
    const expected = await ownerCount(`SELECT count(*) AS n FROM division WHERE parent_code = '610923000000' AND level = 4`);
    expect(expected).toBeGreaterThan(5);
    expect(townships).toHaveLength(expected);
    expect(children).toContainEqual({ name: '宁陕县政务服务中心', kind: 'SERVICE_CENTER' });
    // Its admin sees nothing of the other counties.
    expect((await t.gql(`{ searchOrgUnits(query:"城关镇", first:100) { nodes { code } } }`, {}, admin)).data.searchOrgUnits.nodes.every((u: any) => u.code.startsWith('610923'))).toBe(true);
  });

  it('accepts the 12-digit form of a county code', async () => {
    const r = await t.gql(CREATE, input('610924000000', { adminUsername: 'zy_admin', adminDisplayName: '紫阳管理员' }), platform);
    expect(r.data.createTenant).toMatchObject({ name: '紫阳县', divisionCode: '610924000000' });
  });

  describe('refusals, which create nothing', () => {
    let tenantsBefore: number;
    let unitsBefore: number;
    let usersBefore: number;
    beforeAll(async () => {
      tenantsBefore = await ownerCount(`SELECT count(*) AS n FROM tenant`);
      unitsBefore = await ownerCount(`SELECT count(*) AS n FROM org_unit`);
      usersBefore = await ownerCount(`SELECT count(*) AS n FROM app_user`);
    });
    afterAll(async () => {
      expect(await ownerCount(`SELECT count(*) AS n FROM tenant`)).toBe(tenantsBefore);
      expect(await ownerCount(`SELECT count(*) AS n FROM org_unit`)).toBe(unitsBefore);
      expect(await ownerCount(`SELECT count(*) AS n FROM app_user`)).toBe(usersBefore);
    });

    it.each([
      ['61092x', 'INVALID_INPUT'],
      ['123', 'INVALID_INPUT'],
      ['610921100', 'INVALID_INPUT'], // a township's 9-digit code: only 6 or 12 digits are accepted
      [' 610923', 'INVALID_INPUT'],
      ['000000', 'DIVISION_CODE_MALFORMED'],
      ['999999', 'DIVISION_NOT_IMPORTED'],
      ['610925', 'DIVISION_NOT_IMPORTED'], // 岚皋县 exists but has not been imported
      ['610921100000', 'DIVISION_NOT_COUNTY'], // 城关镇
      ['610900', 'DIVISION_NOT_COUNTY'], // 安康市, a city with counties
      ['610921', 'TENANT_EXISTS'],
      ['610921000000', 'TENANT_EXISTS'],
    ])('division code %j → %s', async (code, expected) => {
      const r = await t.gql(CREATE, input(code, { adminUsername: 'never_created' }), platform);
      expect(codeOf(r)).toBe(expected);
      expect(r.errors![0].extensions.messageZh).toBeTruthy();
      expect(r.data).toBeNull();
    });

    it('a weak admin password or a taken admin username rolls the whole tenant back', async () => {
      const weak = await t.gql(CREATE, input('610925', { adminUsername: 'lg_admin', adminPassword: 'short' }), platform);
      expect(codeOf(weak)).toBe('DIVISION_NOT_IMPORTED');
      // Provisioning gets as far as creating the admin, then fails: nothing of it may remain.
      const ds = await ownerDataSource(t.db.ownerUrl).initialize();
      await importDivisions(ds, ['610925']).finally(() => ds.destroy());
      const weakImported = await t.gql(CREATE, input('610925', { adminUsername: 'lg_admin', adminPassword: 'lg_admin_2026' }), platform);
      expect(codeOf(weakImported)).toBe('PASSWORD_TOO_WEAK');
      const taken = await t.gql(CREATE, input('610925', { adminUsername: 'HY_ADMIN' }), platform);
      expect(codeOf(taken)).toBe('USERNAME_TAKEN');
      expect(await tenantNames()).not.toContain('岚皋县');
      expect(await ownerCount(`SELECT count(*) AS n FROM org_unit WHERE code LIKE '610925%'`)).toBe(0);
      expect(await ownerCount(`SELECT count(*) AS n FROM audit_log WHERE detail->>'divisionCode' = '610925000000'`)).toBe(0);
    });

    it('county staff may not create tenants', async () => {
      for (const who of ['hy_admin', 'sq_admin', 'hy_super']) {
        const token = await t.login(who);
        expect(codeOf(await t.gql(CREATE, input('610925', { adminUsername: 'never_created' }), token))).toBe('FORBIDDEN');
      }
    });
  });

  it('the platform operator still cannot read inside the county it created', async () => {
    const admin = await t.login('ns_admin', 'Ningshan@2026');
    const county = (await t.gql(`{ orgUnits(first:100) { nodes { id } } }`, {}, admin)).data.orgUnits.nodes[0].id;
    expect(codeOf(await t.gql(`{ orgUnits(first:100) { nodes { name } } }`, {}, platform))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(`query($p:ID){ orgUnits(parentId:$p, first:100) { nodes { name } } }`, { p: county }, platform))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(`query($id:ID!){ orgUnit(id:$id) { name } }`, { id: county }, platform))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(`{ users(first:100) { nodes { username } } }`, {}, platform))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(`{ auditLog(first:100) { nodes { action } } }`, {}, platform))).toBe('FORBIDDEN');
  });
});
