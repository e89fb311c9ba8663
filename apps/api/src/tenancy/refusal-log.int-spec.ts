import { Client } from 'pg';
import { REFUSALS_PER_MINUTE } from '@county/tenancy';
import { startTestApp, TestApp } from '../testing/test-app';

/** Refused attempts are recorded for the administrator, but a script cannot flood the log with them. */
describe('refused attempts on the audit chain', () => {
  let t: TestApp;
  let owner: Client;
  const refusalsBy = async (username: string) =>
    (await owner.query(`SELECT detail FROM audit_log WHERE action = 'access_refused' AND actor_name = $1 ORDER BY seq`, [username])).rows.map((r) => r.detail);

  beforeAll(async () => {
    t = await startTestApp();
    owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  it(`30 refused calls in a minute add ${REFUSALS_PER_MINUTE} entries, and the chain still verifies`, async () => {
    const clerk = await t.login('jcz_clerk');
    const unit = (await t.gql(`{ me { memberships { orgUnit { id } } } }`, {}, clerk)).data.me.memberships[0].orgUnit.id;
    for (let i = 0; i < 30; i++) {
      const r = await t.gql(`mutation($p: ID!) { createOrgUnit(input: { parentId: $p, kind: DEPARTMENT, name: "越权部门${i}" }) { id } }`, { p: unit }, clerk);
      expect(r.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    for (let i = 0; i < 40 && (await refusalsBy('jcz_clerk')).length < REFUSALS_PER_MINUTE; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    const entries = await refusalsBy('jcz_clerk');
    expect(entries).toHaveLength(REFUSALS_PER_MINUTE);
    expect(entries[0]).toEqual({ code: 'FORBIDDEN', operation: 'createOrgUnit', ids: {} });
    const admin = await t.login('hy_admin');
    expect((await t.gql(`{ verifyAuditChain { ok } }`, {}, admin)).data.verifyAuditChain.ok).toBe(true);
  });

  it('a public caller who is refused adds nothing (no one to name, and the rate limits hold them)', async () => {
    const [{ n: before }] = (await owner.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'access_refused'`)).rows;
    expect((await t.gql(`{ guideMatter(countyCode: "610921", implementationCode: "NO-SUCH") { matterId } }`)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(`{ me { id } }`)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    await new Promise((r) => setTimeout(r, 200));
    const [{ n: after }] = (await owner.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'access_refused'`)).rows;
    expect(after).toBe(before);
  });
});
