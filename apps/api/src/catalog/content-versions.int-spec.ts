import { Client } from 'pg';
import { CURRENT_CONTENT_VERSION, sampleContent } from '@county/catalog';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * A version published before content carried a schema version (a v1 document, stored as it was
 * then) reads on every path as the current content, and what is written from it is stamped.
 */
describe('reading content published under an older schema', () => {
  let t: TestApp;
  let owner: Client;
  let admin: string;
  let matterId: string;
  const code = 'V1-CONTENT-1';

  beforeAll(async () => {
    t = await startTestApp();
    owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    admin = await t.login('hy_admin');
    const [{ tenant_id: tenantId, id: civilAffairs }] = (
      await owner.query(`SELECT tenant_id, id FROM org_unit WHERE kind = 'department' AND name = '汉阴县民政局'`)
    ).rows;
    const v1 = sampleContent({ implementingBodyId: civilAffairs, basicCode: 'V1', implementationCode: code, name: '旧版临时救助' });
    matterId = (
      await owner.query(`INSERT INTO matter (tenant_id, basic_code, implementation_code) VALUES ($1, 'V1', $2) RETURNING id`, [tenantId, code])
    ).rows[0].id;
    // Written directly, without the stamp, as every version published before schema versions was.
    await owner.query(
      `INSERT INTO matter_version (tenant_id, matter_id, version, status, name, pinyin, pinyin_initials, content, effective_from, published_at)
       VALUES ($1, $2, 1, 'published', $3, 'jiubanlinshijiuzhu', 'jblsjz', $4, (now() AT TIME ZONE 'Asia/Shanghai')::date - 1, now() - interval '1 day')`,
      [tenantId, matterId, v1.name, JSON.stringify(v1)],
    );
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('matter, effective catalog, guide, notice, ledger and Excel export read it', async () => {
    const matter = await t.gql(`query($id: ID!) { matter(id: $id) { name inForce { version content { name promisedDays acceptingTiers } } } }`, { id: matterId }, admin);
    expect(matter.errors).toBeUndefined();
    expect(matter.data.matter).toEqual({ name: '旧版临时救助', inForce: { version: 1, content: { name: '旧版临时救助', promisedDays: 10, acceptingTiers: ['VILLAGE', 'TOWNSHIP'] } } });

    const cgz = (await owner.query(`SELECT id FROM org_unit WHERE code = '610921100000'`)).rows[0].id;
    const effective = await t.gql(`query($u: ID!) { effectiveCatalog(orgUnitId: $u) { matterId content { name } } }`, { u: cgz }, admin);
    expect(effective.data.effectiveCatalog.find((e: any) => e.matterId === matterId)).toEqual({ matterId, content: { name: '旧版临时救助' } });

    const guide = await t.gql(`query($c: String!) { guideMatter(countyCode: "610921", implementationCode: $c) { version content { name statutoryDays } } }`, { c: code });
    expect(guide.data.guideMatter).toEqual({ version: 1, content: { name: '旧版临时救助', statutoryDays: 20 } });

    const pdf = await fetch(`${t.url}/guide/610921/${code}/notice.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');

    const ledger = await t.gql(`{ catalogLedger(fromDate: "2020-01-01", toDate: "2099-01-01") { rows { implementationCode after { effectiveFrom decidingTier } } } }`, {}, admin);
    expect(ledger.errors).toBeUndefined();
    expect(ledger.data.catalogLedger.rows.find((r: any) => r.implementationCode === code).after).toMatchObject({ decidingTier: 'COUNTY' });

    const xlsx = await fetch(`${t.url}/api/catalog/export.xlsx`, { headers: { authorization: `Bearer ${admin}` } });
    expect(xlsx.status).toBe(200);
  });

  it('a draft opened from it is stored in the current schema and reads the same', async () => {
    const opened = await t.gql(`mutation($id: ID!) { openDraft(matterId: $id) { version content { name } } }`, { id: matterId }, admin);
    expect(opened.data.openDraft).toEqual({ version: 2, content: { name: '旧版临时救助' } });
    const rows = (await owner.query(`SELECT version, content -> 'schemaVersion' AS stamp FROM matter_version WHERE matter_id = $1 ORDER BY version`, [matterId])).rows;
    // The published v1 document is untouched; the new draft carries the stamp.
    expect(rows).toEqual([
      { version: 1, stamp: null },
      { version: 2, stamp: CURRENT_CONTENT_VERSION },
    ]);
  });
});
