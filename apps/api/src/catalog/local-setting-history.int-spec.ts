import { Client } from 'pg';
import { insertMatterDraft, publishMatterDraft, sampleContent, termsAppliedAt, territorialUnitOf } from '@county/catalog';
import { TenantDatabase } from '@county/tenancy';
import { startTestApp, TestApp } from '../testing/test-app';

/** A local setting is set, changed and cleared; what applied at each moment can be asked later. */
describe('local setting history and the terms that applied at a past instant', () => {
  let t: TestApp;
  let owner: Client;
  let db: TenantDatabase;
  let tenantId: string;
  let matterId: string;
  let published: Date;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const setLocal = async (unit: string, input: Record<string, unknown>, token: string) => {
    const r = await t.gql(
      `mutation($m: ID!, $u: ID!, $i: LocalSettingInput!) { setLocalSetting(matterId: $m, orgUnitId: $u, input: $i) { promisedDays } }`,
      { m: matterId, u: ids[unit], i: input },
      token,
    );
    expect(r.errors).toBeUndefined();
  };
  const applied = (unit: string, at: Date) =>
    db.run({ tenantId }, async (m) => termsAppliedAt(m, (await territorialUnitOf(m, ids[unit]))!, matterId, at));
  const history = async (unit: string) =>
    (
      await owner.query(
        `SELECT valid_from, valid_to, address, promised_days FROM matter_local_setting WHERE matter_id = $1 AND org_unit_id = $2 ORDER BY valid_from`,
        [matterId, ids[unit]],
      )
    ).rows;
  const between = (a: Date, b: Date) => new Date((a.getTime() + b.getTime()) / 2);
  const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(TenantDatabase);
    owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    tenantId = (await owner.query(`SELECT id FROM tenant WHERE division_code = '610921000000'`)).rows[0].id;
    const units = await owner.query(
      `SELECT code, id FROM org_unit WHERE tenant_id = $1 AND (code IN ('610921100000', '610921100001') OR (kind = 'department' AND name = '汉阴县民政局'))`,
      [tenantId],
    );
    for (const u of units.rows) ids[u.code === '610921100000' ? 'cgz' : u.code === '610921100001' ? 'nanjie' : 'civilAffairs'] = u.id;
    ids.cgzWindow = (
      await owner.query(`SELECT w.id FROM org_unit w JOIN org_unit c ON c.id = w.parent_id WHERE w.kind = 'window' AND c.parent_id = $1`, [ids.cgz])
    ).rows[0].id;
    [tokens.clerk, tokens.agent] = await Promise.all(['cgz_clerk', 'nanjie_agent'].map((u) => t.login(u)));
    matterId = await db.run({ tenantId }, async (m) => {
      const actor = { id: null, name: 'test' };
      const id = await insertMatterDraft(m, tenantId, actor, sampleContent({ implementingBodyId: ids.civilAffairs, basicCode: 'H1', implementationCode: 'HISTORY-1' }));
      await publishMatterDraft(m, tenantId, actor, id, null, t.clock.today());
      return id;
    });
    published = (await owner.query(`SELECT published_at FROM matter_version WHERE matter_id = $1`, [matterId])).rows[0].published_at;
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('set, change and clear: the reconstruction for instants before, between and after answers each state', async () => {
    const before = new Date(published.getTime() - 1);
    await pause();
    await setLocal('cgz', { promisedDays: 7, windowId: ids.cgzWindow }, tokens.clerk);
    await setLocal('nanjie', { address: '南街社区党群服务中心一楼', hours: '8:30–17:30', promisedDays: 8 }, tokens.agent);
    await pause();
    await setLocal('nanjie', { address: '南街社区新址二楼', phone: '0915-5212345', promisedDays: 5 }, tokens.agent);
    await pause();
    await setLocal('nanjie', {}, tokens.agent);
    await pause();
    await setLocal('cgz', {}, tokens.clerk);

    const village = await history('nanjie');
    expect(village.map((r) => [r.address, r.promised_days])).toEqual([
      ['南街社区党群服务中心一楼', 8],
      ['南街社区新址二楼', 5],
    ]);
    // One instant ends a state and starts the next; the last state was ended by clearing.
    expect(village[0].valid_to).toEqual(village[1].valid_from);
    expect(village[1].valid_to).not.toBeNull();
    const [township] = await history('cgz');

    // Before the matter was published nothing applied.
    expect(await applied('nanjie', before)).toBeNull();
    // Published, nothing localized yet: the county's limit at the village station.
    expect(await applied('nanjie', between(published, township.valid_from))).toMatchObject({
      version: 1,
      promisedDays: 10,
      countyPromisedDays: 10,
      place: '南街社区便民服务站',
      windowId: null,
      localSettings: [],
    });
    // The township's shorter promise applies to its villages; the township's window to the township.
    expect(await applied('nanjie', between(township.valid_from, village[0].valid_from))).toMatchObject({ promisedDays: 7, place: '南街社区便民服务站' });
    expect(await applied('cgz', between(township.valid_from, village[0].valid_from))).toMatchObject({ promisedDays: 7, windowId: ids.cgzWindow, windowName: '综合受理窗口' });
    // The village's first state, then its changed one.
    expect(await applied('nanjie', between(village[0].valid_from, village[0].valid_to))).toMatchObject({
      promisedDays: 7,
      place: '南街社区党群服务中心一楼',
      hours: '8:30–17:30',
      windowId: null,
    });
    const changed = await applied('nanjie', between(village[1].valid_from, village[1].valid_to));
    expect(changed).toMatchObject({ promisedDays: 5, place: '南街社区新址二楼', consultPhone: '0915-5212345' });
    expect(changed!.hours).toBe(sampleContent().hours);
    // Village cleared, township still set; then both cleared: back to the county's terms.
    expect(await applied('nanjie', between(village[1].valid_to, township.valid_to))).toMatchObject({ promisedDays: 7, place: '南街社区便民服务站' });
    expect(await applied('nanjie', new Date())).toMatchObject({ promisedDays: 10, place: '南街社区便民服务站', localSettings: [] });
    // The current effective catalog agrees with the reconstruction for now.
    const now = await t.gql(`query($u: ID!) { effectiveCatalog(orgUnitId: $u) { matterId content { promisedDays place } } }`, { u: ids.nanjie }, tokens.agent);
    expect(now.data.effectiveCatalog.find((e: any) => e.matterId === matterId).content).toEqual({ promisedDays: 10, place: '南街社区便民服务站' });
  });

  it('history cannot be rewritten or removed, even by the owner', async () => {
    await expect(owner.query(`UPDATE matter_local_setting SET address = 'x' WHERE matter_id = $1`, [matterId])).rejects.toThrow(/history is kept/);
    await expect(owner.query(`DELETE FROM matter_local_setting WHERE matter_id = $1`, [matterId])).rejects.toThrow(/history is kept/);
  });
});
