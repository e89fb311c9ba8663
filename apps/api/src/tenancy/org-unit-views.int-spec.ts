import { Client } from 'pg';
import { startTestApp, TestApp } from '../testing/test-app';

const ORG_UNIT = `id code name kind parentId path pinyin pinyinInitials childCount`;

/** Every place that shows an org unit shows the same full view as orgUnit(id): no placeholders. */
describe('org unit views on memberships and delegations', () => {
  let t: TestApp;
  let owner: Client;
  const orgUnit = async (id: string, token: string) => {
    const r = await t.gql(`query($id: ID!) { orgUnit(id: $id) { ${ORG_UNIT} } }`, { id }, token);
    expect(r.errors).toBeUndefined();
    return r.data.orgUnit;
  };

  beforeAll(async () => {
    t = await startTestApp();
    owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it.each(['hy_admin', 'hy_clerk', 'cgz_clerk', 'nanjie_agent', 'mz_approver'])(
    'me (%s): each membership’s org unit equals orgUnit(id) field by field, and its date is when it was granted',
    async (username) => {
      const token = await t.login(username);
      const me = await t.gql(`{ me { id memberships { id role createdAt orgUnit { ${ORG_UNIT} } } } }`, {}, token);
      expect(me.errors).toBeUndefined();
      const memberships = me.data.me.memberships as any[];
      expect(memberships.length).toBeGreaterThan(0);
      const stored = await owner.query(`SELECT id, org_unit_id, created_at FROM membership WHERE user_id = $1 AND revoked_at IS NULL`, [me.data.me.id]);
      for (const ms of memberships) {
        const row = stored.rows.find((r) => r.id === ms.id);
        expect(new Date(ms.createdAt)).toEqual(row.created_at);
        expect(ms.orgUnit.id).toBe(row.org_unit_id);
        expect(ms.orgUnit).toEqual(await orgUnit(ms.orgUnit.id, token));
        expect(ms.orgUnit.code).not.toBe('');
        expect(ms.orgUnit.pinyin).not.toBe('');
      }
    },
  );

  it('users and delegations show the same org unit views as orgUnit(id)', async () => {
    const admin = await t.login('hy_admin');
    const units = await owner.query(
      `SELECT name, id FROM org_unit WHERE tenant_id = (SELECT id FROM tenant WHERE division_code = '610921000000') AND name IN ('汉阴县民政局', '综合受理窗口') AND kind IN ('department', 'window') ORDER BY code`,
    );
    const dept = units.rows.find((u) => u.name === '汉阴县民政局').id;
    const window = units.rows.find((u) => u.name === '综合受理窗口').id;
    const granted = await t.gql(
      `mutation($i: GrantDelegationInput!) { grantDelegation(input: $i) { department { ${ORG_UNIT} } granteeWindow { ${ORG_UNIT} } } }`,
      {
        i: {
          departmentId: dept,
          granteeWindowId: window,
          allMatters: true,
          validFrom: new Date(Date.now() - 60_000).toISOString(),
          validUntil: new Date(Date.now() + 86_400_000).toISOString(),
          reason: '一窗受理',
        },
      },
      admin,
    );
    expect(granted.errors).toBeUndefined();
    expect(granted.data.grantDelegation.department).toEqual(await orgUnit(dept, admin));
    expect(granted.data.grantDelegation.granteeWindow).toEqual(await orgUnit(window, admin));

    const users = await t.gql(`{ users(search: "cgz_clerk") { nodes { memberships { orgUnit { ${ORG_UNIT} } } } } }`, {}, admin);
    const unit = users.data.users.nodes[0].memberships[0].orgUnit;
    expect(unit.childCount).toBeGreaterThan(0); // 城关镇 has villages and a center: not a placeholder 0
    expect(unit).toEqual(await orgUnit(unit.id, admin));
  });
});
