import { Client } from 'pg';
import { GqlResult, startTestApp, TestApp } from '../testing/test-app';

/** The county keeps its network: a unit's address, hours and phone, and its windows (opened, renamed, closed). */
describe('unit details and windows', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const units: Record<string, string> = {};
  let center: string;
  const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions.code;
  const owner = async <T>(sql: string, params: unknown[]): Promise<T[]> => {
    const c = new Client({ connectionString: t.db.ownerUrl });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows as T[];
    } finally {
      await c.end();
    }
  };
  const details = (id: string, input: Record<string, unknown>, who = 'hy_admin') =>
    t.gql(`mutation($id: ID!, $i: OrgUnitDetailsInput!) { updateOrgUnitDetails(id: $id, input: $i) { name address openingHours phone } }`, { id, i: input }, token[who]);
  const openWindow = (name: string, who = 'hy_admin') =>
    t.gql(`mutation($p: ID!, $n: String!) { createOrgUnit(input: { parentId: $p, kind: WINDOW, name: $n }) { id name kind closedAt } }`, { p: center, n: name }, token[who]);
  const rename = (id: string, name: string, who = 'hy_admin') => t.gql(`mutation($id: ID!, $n: String!) { renameWindow(id: $id, name: $n) { name pinyinInitials } }`, { id, n: name }, token[who]);
  const close = (id: string, who = 'hy_admin') => t.gql(`mutation($id: ID!) { closeWindow(id: $id, reason: "并入综合窗口") { name closedAt } }`, { id }, token[who]);

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['hy_admin', 'cgz_clerk', 'nanjie_agent', 'sq_admin']) token[u] = await t.login(u);
    for (const [key, code] of Object.entries({ cgz: '610921100000', nanjie: '610921100001' })) {
      const r = await t.gql(`query($q: String!) { searchOrgUnits(query: $q) { nodes { id code } } }`, { q: code }, token.hy_admin);
      units[key] = r.data.searchOrgUnits.nodes.find((u: { code: string }) => u.code === code).id;
    }
    const centers = await t.gql(`query($p: ID!) { orgUnits(parentId: $p, kind: SERVICE_CENTER) { nodes { id } } }`, { p: units.cgz }, token.hy_admin);
    center = centers.data.orgUnits.nodes[0].id;
  });
  afterAll(() => t?.close());

  it('the county administrator sets a township’s address, hours and phone; the guide and effective catalog show them; audited with the changed fields', async () => {
    const catalog = async () =>
      (await t.gql(`query($u: ID!) { effectiveCatalog(orgUnitId: $u) { matterId localSettings { orgUnitId } content { place hours consultPhone } } }`, { u: units.cgz }, token.hy_admin)).data
        .effectiveCatalog as { matterId: string; localSettings: { orgUnitId: string }[]; content: { place: string; hours: string; consultPhone: string } }[];
    const plain = (await catalog()).find((m) => !m.localSettings.some((s) => s.orgUnitId === units.cgz))!;
    expect(plain.content.place).not.toBe('城关镇东大街 18 号便民服务中心一楼');

    expect(codeOf(await details(units.cgz, { phone: '12-34' }))).toBe('PHONE_INVALID');
    const r = await details(units.cgz, { address: ' 城关镇东大街 18 号便民服务中心一楼 ', openingHours: '工作日 8:30–17:30', phone: '0915-5212345' });
    expect(r.errors).toBeUndefined();
    expect(r.data.updateOrgUnitDetails).toEqual({ name: '城关镇', address: '城关镇东大街 18 号便民服务中心一楼', openingHours: '工作日 8:30–17:30', phone: '0915-5212345' });
    expect((await catalog()).find((m) => m.matterId === plain.matterId)!.content).toEqual({
      place: '城关镇东大街 18 号便民服务中心一楼',
      hours: '工作日 8:30–17:30',
      consultPhone: '0915-5212345',
    });
    // A mobile number is valid too; only the phone changed, so only it is audited.
    expect((await details(units.cgz, { phone: '13912345678' })).data.updateOrgUnitDetails.phone).toBe('13912345678');
    const entries = await owner<{ actor_name: string; detail: Record<string, unknown> }>(
      `SELECT actor_name, detail FROM audit_log WHERE subject_id = $1 AND action = 'unit_details_changed' ORDER BY seq`,
      [units.cgz],
    );
    expect(entries).toHaveLength(2);
    expect(entries[0].detail.changedFields).toEqual(['address', 'openingHours', 'phone']);
    expect(entries[1]).toEqual({ actor_name: 'hy_admin', detail: { name: '城关镇', changedFields: ['phone'], before: { phone: '0915-5212345' }, after: { phone: '13912345678' } } });
    // The same values again write and audit nothing.
    await details(units.cgz, { phone: '13912345678' });
    expect(await owner(`SELECT 1 FROM audit_log WHERE subject_id = $1 AND action = 'unit_details_changed'`, [units.cgz])).toHaveLength(2);
  });

  it('township and village staff and another county may not change a unit’s details; a window has none', async () => {
    expect(codeOf(await details(units.cgz, { phone: '0915-5210000' }, 'cgz_clerk'))).toBe('FORBIDDEN');
    expect(codeOf(await details(units.nanjie, { phone: '0915-5210000' }, 'nanjie_agent'))).toBe('FORBIDDEN');
    expect(codeOf(await details(units.cgz, { phone: '0915-5210000' }, 'sq_admin'))).toBe('NOT_FOUND');
    expect(codeOf(await details(center, { phone: '0915-5210000' }))).toBe('UNIT_DETAILS_NOT_TERRITORIAL');
  });

  it('a window is opened, renamed and closed, audited, never deleted; a closed window cannot be chosen and settings naming it are flagged', async () => {
    const opened = await openWindow('社保医保窗口');
    expect(opened.data.createOrgUnit).toMatchObject({ name: '社保医保窗口', kind: 'WINDOW', closedAt: null });
    const id = opened.data.createOrgUnit.id;
    expect(codeOf(await rename(id, '社保窗口', 'cgz_clerk'))).toBe('FORBIDDEN');
    expect(codeOf(await rename(id, '社保窗口', 'sq_admin'))).toBe('NOT_FOUND');
    expect(codeOf(await rename(id, ' '))).toBe('WINDOW_NAME_INVALID');
    expect(codeOf(await rename(units.cgz, '城关'))).toBe('NOT_A_WINDOW');
    expect((await rename(id, '社保综合窗口')).data.renameWindow).toEqual({ name: '社保综合窗口', pinyinInitials: 'sbzhck' });

    // A village matter of 城关镇 localized to the new window, then the window closes.
    const matter = (await t.gql(`query($u: ID!) { effectiveCatalog(orgUnitId: $u) { matterId } }`, { u: units.cgz }, token.hy_admin)).data.effectiveCatalog[0].matterId;
    const setWindow = (windowId: string, hours?: string) =>
      t.gql(
        `mutation($m: ID!, $u: ID!, $i: LocalSettingInput!) { setLocalSetting(matterId: $m, orgUnitId: $u, input: $i) { windowId windowName windowClosed hours } }`,
        { m: matter, u: units.cgz, i: { windowId, hours } },
        token.cgz_clerk,
      );
    expect((await setWindow(id)).data.setLocalSetting).toMatchObject({ windowName: '社保综合窗口', windowClosed: false });
    expect(codeOf(await close(id, 'cgz_clerk'))).toBe('FORBIDDEN');
    expect(codeOf(await close(id, 'sq_admin'))).toBe('NOT_FOUND');
    const closed = await close(id);
    expect(closed.errors).toBeUndefined();
    expect(closed.data.closeWindow.closedAt).not.toBeNull();
    expect(codeOf(await close(id))).toBe('WINDOW_CLOSED');
    expect(codeOf(await rename(id, '又一个名字'))).toBe('WINDOW_CLOSED');

    // Still there, flagged where a setting names it; kept while the setting changes other things, refused as a new choice.
    const flagged = await t.gql(`query($u: ID!) { effectiveCatalog(orgUnitId: $u) { matterId localSettings { windowId windowClosed } } }`, { u: units.cgz }, token.hy_admin);
    expect(flagged.data.effectiveCatalog.find((m: { matterId: string }) => m.matterId === matter).localSettings[0]).toEqual({ windowId: id, windowClosed: true });
    expect((await setWindow(id, '工作日 9:00–17:00')).data.setLocalSetting).toMatchObject({ windowId: id, windowClosed: true, hours: '工作日 9:00–17:00' });
    const other = await openWindow('民政窗口');
    expect((await setWindow(other.data.createOrgUnit.id)).data.setLocalSetting.windowClosed).toBe(false);
    const refused = await setWindow(id);
    expect(codeOf(refused)).toBe('WINDOW_CLOSED');
    expect(await owner(`SELECT 1 FROM org_unit WHERE id = $1`, [id])).toHaveLength(1);

    const actions = await owner<{ action: string; detail: Record<string, unknown> }>(`SELECT action, detail FROM audit_log WHERE subject_id = $1 ORDER BY seq`, [id]);
    expect(actions.map((a) => a.action)).toEqual(['org_unit_created', 'window_renamed', 'window_closed']);
    expect(actions[1].detail).toEqual({ before: '社保医保窗口', after: '社保综合窗口' });
    expect(actions[2].detail).toEqual({ name: '社保综合窗口', reason: '并入综合窗口' });
  });
});
