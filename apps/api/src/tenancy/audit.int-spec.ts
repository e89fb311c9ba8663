import { Client } from 'pg';
import { chainHash, importDivisions, ownerDataSource } from '@county/tenancy';
import { startTestApp, TestApp } from '../testing/test-app';

interface Entry {
  seq: string;
  actorName: string;
  onBehalfOf: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  detail: Record<string, any>;
}

const LOG = `{ auditLog(first:100) { nodes { seq actorName onBehalfOf action subjectType subjectId detail } } }`;
const VERIFY = `{ verifyAuditChain { ok checked firstBrokenSeq reason } }`;

describe('the audit log', () => {
  let t: TestApp;
  let owner: Client;
  let admin: string;
  let hanyin: string;
  const log = async (token = admin) => (await t.gql(LOG, {}, token)).data.auditLog.nodes as Entry[];
  const verify = async (token = admin) => (await t.gql(VERIFY, {}, token)).data.verifyAuditChain;

  /** Runs statements as the owner with the append-only trigger off, as an attacker with owner rights would. */
  async function tamper(sql: string, params: unknown[]): Promise<void> {
    await owner.query('BEGIN');
    await owner.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    await owner.query(sql, params);
    await owner.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    await owner.query('COMMIT');
  }

  beforeAll(async () => {
    t = await startTestApp();
    owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    hanyin = (await owner.query(`SELECT id FROM tenant WHERE name = '汉阴县'`)).rows[0].id;
    admin = await t.login('hy_admin');
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  it('records logins and failed logins with the person', async () => {
    await t.gql(`mutation{ login(input:{ username:"hy_clerk", password:"Wrong@2026pass" }) { accessToken } }`);
    await t.login('hy_clerk');
    const entries = await log();
    const clerk = entries.filter((e) => e.actorName === 'hy_clerk');
    expect(clerk.map((e) => [e.action, e.detail.reason ?? null])).toEqual([
      ['login', null],
      ['login_failed', 'wrong_password'],
    ]);
    expect(entries.find((e) => e.action === 'login' && e.actorName === 'hy_admin')).toBeTruthy();
    // A name nobody has is recorded in the platform's own chain, not in any county's.
    await t.gql(`mutation{ login(input:{ username:"ghost_user", password:"Wrong@2026pass" }) { accessToken } }`);
    expect((await log()).some((e) => e.actorName === 'ghost_user')).toBe(false);
    const platformRows = (
      await owner.query(`SELECT a.action, a.detail FROM audit_log a JOIN tenant t ON t.id = a.tenant_id WHERE t.kind = 'platform' AND a.actor_name = 'ghost_user'`)
    ).rows;
    expect(platformRows).toEqual([{ action: 'login_failed', detail: { reason: 'unknown_username' } }]);
  });

  it('records membership and delegation changes with the administrator as actor', async () => {
    const unit = async (q: string, name: string) =>
      (await t.gql(`query($q:String!){ searchOrgUnits(query:$q, first:50) { nodes { id name } } }`, { q }, admin)).data.searchOrgUnits.nodes.find(
        (u: any) => u.name === name,
      ).id;
    const cgz = await unit('610921100000', '城关镇');
    const user = (
      await t.gql(
        `mutation{ createUser(input:{ username:"audit_subject", displayName:"审计对象", password:"Audit@2026pass" }) { id } }`,
        {},
        admin,
      )
    ).data.createUser.id;
    const membership = (
      await t.gql(`mutation($u:ID!,$o:ID!){ addMembership(input:{ userId:$u, orgUnitId:$o, role:WINDOW_CLERK }) { id } }`, { u: user, o: cgz }, admin)
    ).data.addMembership.id;
    await t.gql(`mutation($id:ID!){ revokeMembership(id:$id) { id } }`, { id: membership }, admin);
    const delegation = (
      await t.gql(
        `mutation($d:ID!,$w:ID!){ grantDelegation(input:{ departmentId:$d, granteeWindowId:$w, allMatters:true,
          validFrom:"2026-01-01T00:00:00Z", validUntil:"2027-01-01T00:00:00Z", reason:"审计测试" }) { id } }`,
        { d: await unit('民政局', '汉阴县民政局'), w: await unit('出件窗口', '出件窗口') },
        admin,
      )
    ).data.grantDelegation.id;
    await t.gql(`mutation($id:ID!){ revokeDelegation(id:$id) { id } }`, { id: delegation }, admin);

    const entries = (await log()).slice(0, 5).reverse();
    expect(entries.map((e) => [e.action, e.actorName, e.subjectId])).toEqual([
      ['user_created', 'hy_admin', user],
      ['membership_added', 'hy_admin', membership],
      ['membership_revoked', 'hy_admin', membership],
      ['delegation_granted', 'hy_admin', delegation],
      ['delegation_revoked', 'hy_admin', delegation],
    ]);
    expect(entries[1].detail).toEqual({ userId: user, orgUnitId: cgz, role: 'window_clerk' });
    // Sequence numbers are consecutive, newest first.
    const seqs = (await log()).map((e) => Number(e.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(seqs[0] - seqs[seqs.length - 1]).toBe(seqs.length - 1);
  });

  it("records tenant creation in the new county's log, by the platform operator", async () => {
    const ds = await ownerDataSource(t.db.ownerUrl).initialize();
    await importDivisions(ds, ['610923']).finally(() => ds.destroy());
    const platform = await t.login('platform');
    const created = await t.gql(
      `mutation{ createTenant(input:{ divisionCode:"610923", adminUsername:"ns_admin", adminPassword:"Ningshan@2026", adminDisplayName:"宁陕管理员" }) { id } }`,
      {},
      platform,
    );
    expect(created.errors).toBeUndefined();
    const nsAdmin = await t.login('ns_admin', 'Ningshan@2026');
    const entries = (await log(nsAdmin)).reverse();
    expect(entries[0]).toMatchObject({
      seq: '1',
      action: 'tenant_created',
      actorName: 'platform',
      onBehalfOf: 'platform',
      subjectId: created.data.createTenant.id,
      detail: expect.objectContaining({ divisionCode: '610923000000', adminUsername: 'ns_admin' }),
    });
    expect(entries.map((e) => e.action)).toEqual(['tenant_created', 'login']);
    // 宁陕县's log holds nothing of 汉阴县's.
    expect(entries.some((e) => e.actorName.startsWith('hy_'))).toBe(false);
    expect(await verify(nsAdmin)).toEqual({ ok: true, checked: 2, firstBrokenSeq: null, reason: null });
  });

  it('the supervisor reads the log; clerks and agents may not', async () => {
    expect((await log(await t.login('hy_super'))).length).toBeGreaterThan(5);
    expect((await t.gql(LOG, {}, await t.login('cgz_clerk'))).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(VERIFY, {}, await t.login('nanjie_agent'))).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  describe('tamper evidence', () => {
    let seqs: number[];
    beforeAll(async () => {
      seqs = (await owner.query(`SELECT seq FROM audit_log WHERE tenant_id = $1 ORDER BY seq`, [hanyin])).rows.map((r) => Number(r.seq));
    });

    it('an intact chain verifies', async () => {
      expect(await verify()).toEqual({ ok: true, checked: seqs.length, firstBrokenSeq: null, reason: null });
      expect(seqs.length).toBeGreaterThan(8);
    });

    it('an edited entry breaks the chain at that entry; undoing the edit mends it', async () => {
      const n = seqs[Math.floor(seqs.length / 2)];
      const [original] = (await owner.query(`SELECT detail FROM audit_log WHERE tenant_id = $1 AND seq = $2`, [hanyin, n])).rows;
      await tamper(`UPDATE audit_log SET detail = $3 WHERE tenant_id = $1 AND seq = $2`, [hanyin, n, { forged: true }]);
      expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: String(n), reason: 'entry content does not match its hash' });
      // 石泉县's chain is its own and unaffected.
      expect((await verify(await t.login('sq_admin'))).ok).toBe(true);
      await tamper(`UPDATE audit_log SET detail = $3 WHERE tenant_id = $1 AND seq = $2`, [hanyin, n, original.detail]);
      expect((await verify()).ok).toBe(true);
    });

    it('re-computing the edited entry\'s hash only moves the break to the next entry', async () => {
      const n = seqs[2];
      const [row] = (await owner.query(`SELECT * FROM audit_log WHERE tenant_id = $1 AND seq = $2`, [hanyin, n])).rows;
      const forged = {
        tenantId: row.tenant_id,
        seq: String(row.seq),
        at: new Date(row.at),
        actorId: row.actor_id,
        actorName: 'someone_else',
        onBehalfOf: row.on_behalf_of,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        detail: row.detail,
        prevHash: row.prev_hash,
      };
      await tamper(`UPDATE audit_log SET actor_name = $3, hash = $4 WHERE tenant_id = $1 AND seq = $2`, [hanyin, n, 'someone_else', chainHash(forged)]);
      expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: String(n + 1), reason: 'previous hash does not match the preceding entry' });
      await tamper(`UPDATE audit_log SET actor_name = $3, hash = $4 WHERE tenant_id = $1 AND seq = $2`, [hanyin, n, row.actor_name, row.hash]);
      expect((await verify()).ok).toBe(true);
    });

    it('a deleted entry in the middle is detected at the entry after it', async () => {
      const m = seqs[3];
      await tamper(`DELETE FROM audit_log WHERE tenant_id = $1 AND seq = $2`, [hanyin, m]);
      const result = await verify();
      expect(result).toMatchObject({ ok: false, firstBrokenSeq: String(m + 1) });
      expect(result.reason).toMatch(/sequence gap/);
      expect(result.checked).toBe(m - 1);
    });
  });
});
