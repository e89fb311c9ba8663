import { execFile } from 'node:child_process';
import { appendFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { sm3 } from 'sm-crypto';
import { AuditCheckpointer, AuditCheckpoints, AuditKey, canonicalJson, chainHash, ChainedFields, importDivisions, keyedChainHash, ownerDataSource, verifyAuditChains } from '@county/tenancy';
import { TEST_AUDIT_KEY } from '@county/tenancy/testing';

const execFileAsync = promisify(execFile);
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
const VERIFY = `query($full:Boolean){ verifyAuditChain(full:$full) { ok checked resumedFromSeq firstBrokenSeq reason } }`;

describe('the audit log', () => {
  let t: TestApp;
  let owner: Client;
  let admin: string;
  let hanyin: string;
  const log = async (token = admin) => (await t.gql(LOG, {}, token)).data.auditLog.nodes as Entry[];
  /** Resumes from the county's checkpoint; `full` walks the whole chain. */
  const verify = async (token = admin, full = false) => (await t.gql(VERIFY, { full }, token)).data.verifyAuditChain;
  const verifyFull = (token = admin) => verify(token, true);

  /** Runs statements as the owner with the append-only trigger off, as an attacker with owner rights would. */
  async function tamper(sql: string, params: unknown[]): Promise<void> {
    await owner.query('BEGIN');
    await owner.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    await owner.query(sql, params);
    await owner.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    await owner.query('COMMIT');
  }

  /** The county's newest entry, as the owner reads it. */
  const newest = async (tenant = hanyin) =>
    (await owner.query(`SELECT * FROM audit_log WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1`, [tenant])).rows[0];
  const fieldsOfRow = (row: any): ChainedFields => ({
    tenantId: row.tenant_id,
    seq: String(row.seq),
    at: new Date(row.at),
    actorId: row.actor_id,
    actorName: row.actor_name,
    onBehalfOf: row.on_behalf_of,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    detail: row.detail,
    prevHash: row.prev_hash,
  });
  /**
   * What the application role alone can do: append a row it computed itself, inside its
   * county as row-level security allows. Without the key its best is a plain SM3 link.
   */
  async function forgeAsApp(tenant: string, seal: 1 | 2): Promise<string> {
    const last = await newest(tenant);
    const fields: ChainedFields = { ...fieldsOfRow(last), seq: String(Number(last.seq) + 1), at: new Date(), actorName: 'hy_admin', actorId: null, onBehalfOf: null,
      action: 'membership_revoked', subjectType: 'Membership', subjectId: 'forged', detail: {}, prevHash: last.hash };
    const app = new Client({ connectionString: t.db.appUrl });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SET LOCAL app.tenant_id = '${tenant}'`);
      await app.query(
        `INSERT INTO audit_log (tenant_id, seq, at, actor_id, actor_name, on_behalf_of, action, subject_type, subject_id, detail, prev_hash, hash, seal)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [tenant, fields.seq, fields.at, null, fields.actorName, null, fields.action, fields.subjectType, fields.subjectId, fields.detail, fields.prevHash, chainHash(fields), seal],
      );
      await app.query('COMMIT');
    } finally {
      await app.end();
    }
    return fields.seq;
  }
  const removeTail = (tenant: string, fromSeq: string | number) => tamper(`DELETE FROM audit_log WHERE tenant_id = $1 AND seq >= $2`, [tenant, fromSeq]);
  /** `npm run audit:verify` against this test's database, key and checkpoint file (asynchronously: the server runs in this process). */
  async function cli(...args: string[]): Promise<{ status: number; out: string }> {
    try {
      const { stdout } = await execFileAsync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/cli/audit.cli.ts', ...args], {
        cwd: resolve(__dirname, '../../../..'),
        env: { ...process.env, DATABASE_URL: t.db.ownerUrl, AUDIT_KEY: 'test-audit-key-not-for-production', AUDIT_CHECKPOINT_FILE: t.audit.checkpointFile },
        encoding: 'utf8',
      });
      return { status: 0, out: stdout };
    } catch (error: any) {
      return { status: error.code, out: `${error.stdout}${error.stderr}` };
    }
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
    expect(await verify(nsAdmin)).toEqual({ ok: true, checked: 2, resumedFromSeq: null, firstBrokenSeq: null, reason: null });
  });

  it('the supervisor reads the log; clerks and agents may not', async () => {
    expect((await log(await t.login('hy_super'))).length).toBeGreaterThan(5);
    expect((await t.gql(LOG, {}, await t.login('cgz_clerk'))).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(VERIFY, {}, await t.login('nanjie_agent'))).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  describe('tamper evidence', () => {
    let seqs: number[];
    const seqsOf = async (tenant: string) => (await owner.query(`SELECT seq FROM audit_log WHERE tenant_id = $1 ORDER BY seq`, [tenant])).rows.map((r) => Number(r.seq));
    beforeAll(async () => {
      // Refused calls above are recorded after their answer (fire and forget): wait until the chain stops growing.
      for (let before = -1, now = (await seqsOf(hanyin)).length; now !== before; now = (await seqsOf(hanyin)).length) {
        before = now;
        await new Promise((r) => setTimeout(r, 300));
      }
      seqs = await seqsOf(hanyin);
    });

    it('an intact chain verifies, and its head is anchored in the checkpoint file (mode 0600)', async () => {
      expect(await verify()).toEqual({ ok: true, checked: seqs.length, resumedFromSeq: null, firstBrokenSeq: null, reason: null });
      expect(seqs.length).toBeGreaterThan(8);
      expect(statSync(t.audit.checkpointFile).mode & 0o777).toBe(0o600);
      const last = await newest();
      expect(new AuditCheckpoints(t.audit.checkpointFile, TEST_AUDIT_KEY).latest(hanyin)).toMatchObject({ seq: String(last.seq), hash: last.hash });
      // Every entry the seeds and the app wrote is keyed.
      expect((await owner.query(`SELECT DISTINCT seal FROM audit_log`)).rows).toEqual([{ seal: 2 }]);
    });

    it('the next verification walks only what was appended since the checkpoint; full walks everything', async () => {
      const head = String((await newest()).seq);
      await t.login('hy_admin');
      await t.login('hy_admin');
      expect(await verify()).toEqual({ ok: true, checked: 2, resumedFromSeq: head, firstBrokenSeq: null, reason: null });
      const newHead = String(Number(head) + 2);
      expect(await verify()).toEqual({ ok: true, checked: 0, resumedFromSeq: newHead, firstBrokenSeq: null, reason: null });
      expect(await verifyFull()).toEqual({ ok: true, checked: Number(newHead), resumedFromSeq: null, firstBrokenSeq: null, reason: null });
    });

    it('the server anchors every county\'s new head on its own (timer and shutdown run the same walk)', async () => {
      await t.login('hy_admin');
      const results = await t.app.get(AuditCheckpointer).checkpointAll();
      expect(results.length).toBeGreaterThanOrEqual(3);
      expect(results.every((r) => r.ok)).toBe(true);
      const last = await newest();
      expect(new AuditCheckpoints(t.audit.checkpointFile, TEST_AUDIT_KEY).latest(hanyin)).toMatchObject({ seq: String(last.seq), hash: last.hash });
      expect(await verify()).toMatchObject({ ok: true, checked: 0, resumedFromSeq: String(last.seq) });
    });

    // Entries before the checkpoint are trusted by a resumed walk; a full walk re-checks them.
    it('an edited entry breaks the chain at that entry; undoing the edit mends it', async () => {
      const seqs = await seqsOf(hanyin);
      const n = seqs[Math.floor(seqs.length / 2)];
      const [original] = (await owner.query(`SELECT detail FROM audit_log WHERE tenant_id = $1 AND seq = $2`, [hanyin, n])).rows;
      await tamper(`UPDATE audit_log SET detail = $3 WHERE tenant_id = $1 AND seq = $2`, [hanyin, n, { forged: true }]);
      expect(await verifyFull()).toMatchObject({ ok: false, firstBrokenSeq: String(n), reason: 'entry content does not match its hash' });
      await tamper(`UPDATE audit_log SET detail = $3 WHERE tenant_id = $1 AND seq = $2`, [hanyin, n, original.detail]);
      expect((await verifyFull()).ok).toBe(true);
    });

    it('a re-computed plain hash is refused at that entry; only the key moves the break to the next', async () => {
      const n = (await seqsOf(hanyin))[2];
      const [row] = (await owner.query(`SELECT * FROM audit_log WHERE tenant_id = $1 AND seq = $2`, [hanyin, n])).rows;
      const forged = { ...fieldsOfRow(row), actorName: 'someone_else' };
      await tamper(`UPDATE audit_log SET actor_name = $3, hash = $4 WHERE tenant_id = $1 AND seq = $2`, [hanyin, n, 'someone_else', chainHash(forged)]);
      expect(await verifyFull()).toMatchObject({ ok: false, firstBrokenSeq: String(n), reason: 'entry content does not match its hash' });
      await tamper(`UPDATE audit_log SET actor_name = $3, hash = $4 WHERE tenant_id = $1 AND seq = $2`, [hanyin, n, 'someone_else', keyedChainHash(forged, TEST_AUDIT_KEY)]);
      expect(await verifyFull()).toMatchObject({ ok: false, firstBrokenSeq: String(n + 1), reason: 'previous hash does not match the preceding entry' });
      await tamper(`UPDATE audit_log SET actor_name = $3, hash = $4 WHERE tenant_id = $1 AND seq = $2`, [hanyin, n, row.actor_name, row.hash]);
      expect((await verifyFull()).ok).toBe(true);
    });

    it('a deleted entry in the middle is detected at the entry after it', async () => {
      const m = (await seqsOf(hanyin))[3];
      const [row] = (await owner.query(`SELECT * FROM audit_log WHERE tenant_id = $1 AND seq = $2`, [hanyin, m])).rows;
      await tamper(`DELETE FROM audit_log WHERE tenant_id = $1 AND seq = $2`, [hanyin, m]);
      const result = await verifyFull();
      expect(result).toMatchObject({ ok: false, firstBrokenSeq: String(m + 1) });
      expect(result.reason).toMatch(/sequence gap/);
      expect(result.checked).toBe(m - 1);
      await owner.query(`INSERT INTO audit_log SELECT (json_populate_record(null::audit_log, $1::json)).*`, [JSON.stringify(row)]);
      expect((await verifyFull()).ok).toBe(true);
    });
    it('an entry the app role inserts without the key is refused', async () => {
      const before = String((await newest()).seq);
      // A plain SM3 link, marked as the legacy seal it is: refused beyond the checkpoint and after keyed entries.
      const plain = await forgeAsApp(hanyin, 1);
      const beyond = `unkeyed entry beyond the checkpoint at seq ${before}`;
      expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: plain, reason: beyond });
      expect(await verifyFull()).toMatchObject({ ok: false, firstBrokenSeq: plain, reason: 'unkeyed entry after a keyed one' });
      expect(await cli()).toMatchObject({ status: 1, out: expect.stringContaining(`entry seq ${plain}: ${beyond}`) });
      await removeTail(hanyin, plain);
      // Claiming the keyed seal does not help: the MAC does not match.
      const claimed = await forgeAsApp(hanyin, 2);
      expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: claimed, reason: 'entry content does not match its hash' });
      await removeTail(hanyin, claimed);
      expect(await verify()).toMatchObject({ ok: true, resumedFromSeq: before, checked: 0 });
    });

    it('deleting the newest entries, even as the owner, is detected against the checkpoint', async () => {
      expect((await verify()).ok).toBe(true);
      const head = Number((await newest()).seq);
      await removeTail(hanyin, head - 1);
      const truncated = `truncated: checkpoint at seq ${head}`;
      expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: String(head), reason: truncated });
      expect(await verifyFull()).toMatchObject({ ok: false, firstBrokenSeq: String(head - 1), reason: truncated, checked: head - 2 });
      expect(await cli()).toMatchObject({ status: 1, out: expect.stringContaining(truncated) });
      expect(await cli('--full')).toMatchObject({ status: 1, out: expect.stringContaining(`entry seq ${head - 1}: ${truncated}`) });
      // New keyed entries filling the gap do not hide it: the entry at the checkpoint is another one.
      await t.login('hy_admin');
      expect(await verify()).toMatchObject({ ok: false, reason: truncated });
      await t.login('hy_admin');
      expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: String(head), reason: `differs from checkpoint at seq ${head}` });
      expect(await verifyFull()).toMatchObject({ ok: false, firstBrokenSeq: String(head), reason: `differs from checkpoint at seq ${head}` });
      // A failed verification anchored nothing new.
      expect(new AuditCheckpoints(t.audit.checkpointFile, TEST_AUDIT_KEY).latest(hanyin)?.seq).toBe(String(head));
      // 石泉县's chain and checkpoint are its own.
      expect((await verify(await t.login('sq_admin'))).ok).toBe(true);
    });
  });

  describe('legacy entries, keys and checkpoint lines', () => {
    let sq: string;
    beforeAll(async () => {
      sq = (await owner.query(`SELECT id FROM tenant WHERE name = '石泉县'`)).rows[0].id;
    });
    const ownerVerify = async (key: AuditKey, options: { full?: boolean; checkpoints?: AuditCheckpoints } = {}) => {
      const ds = await ownerDataSource(t.db.ownerUrl).initialize();
      try {
        return await verifyAuditChains(ds.manager, { key, tenantId: sq, ...options });
      } finally {
        await ds.destroy();
      }
    };

    it('another key refuses the chain at its first entry and every checkpoint line', async () => {
      const other = AuditKey.of('not-the-audit-key');
      expect(await ownerVerify(TEST_AUDIT_KEY, { full: true })).toMatchObject({ ok: true });
      expect(await ownerVerify(other, { full: true })).toMatchObject({ ok: false, firstBrokenSeq: '1', reason: 'entry content does not match its hash' });
      expect(await ownerVerify(other, { checkpoints: new AuditCheckpoints(t.audit.checkpointFile, other) })).toMatchObject({
        ok: false,
        tenantId: sq,
        reason: expect.stringMatching(/^checkpoint line \d+: MAC does not match$/),
      });
    });

    it('a checkpoint line written without the key is reported', async () => {
      const kept = readFileSync(t.audit.checkpointFile, 'utf8');
      const line = kept.split('\n').filter(Boolean).length + 1;
      const at = new Date().toISOString();
      const head = { tenantId: sq, seq: '999', hash: 'f'.repeat(64), at };
      appendFileSync(t.audit.checkpointFile, `${JSON.stringify({ ...head, mac: sm3(canonicalJson(['audit-checkpoint', sq, '999', head.hash, at])) })}\n`);
      expect(await verify(await t.login('sq_admin'))).toMatchObject({ ok: false, firstBrokenSeq: '999', reason: `checkpoint line ${line}: MAC does not match` });
      expect(await cli()).toMatchObject({ status: 1, out: expect.stringContaining(`checkpoint line ${line}: MAC does not match`) });
      writeFileSync(t.audit.checkpointFile, kept);
      expect((await verify(await t.login('sq_admin'))).ok).toBe(true);
    });

    it('plain SM3 entries from before the key verify as a prefix, never beyond the checkpoint', async () => {
      // An install upgraded from plain SM3: 石泉县's whole chain re-sealed as legacy entries.
      const rows = (await owner.query(`SELECT * FROM audit_log WHERE tenant_id = $1 ORDER BY seq`, [sq])).rows;
      let prevHash = '0'.repeat(64);
      await owner.query('BEGIN');
      await owner.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      for (const row of rows) {
        const hash = chainHash({ ...fieldsOfRow(row), prevHash });
        await owner.query(`UPDATE audit_log SET seal = 1, prev_hash = $3, hash = $4 WHERE tenant_id = $1 AND seq = $2`, [sq, row.seq, prevHash, hash]);
        prevHash = hash;
      }
      await owner.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      await owner.query('COMMIT');
      const checkpoints = new AuditCheckpoints(`${t.audit.checkpointFile}.legacy`, TEST_AUDIT_KEY);
      // No checkpoint yet: the legacy chain verifies and is anchored.
      expect(await ownerVerify(TEST_AUDIT_KEY, { checkpoints })).toMatchObject({ ok: true, checked: rows.length, resumedFromSeq: null });
      // A plain entry beyond the checkpoint is refused even with no keyed entry before it.
      const forged = await forgeAsApp(sq, 1);
      expect(await ownerVerify(TEST_AUDIT_KEY, { checkpoints })).toMatchObject({
        ok: false,
        firstBrokenSeq: forged,
        reason: `unkeyed entry beyond the checkpoint at seq ${rows.length}`,
      });
      await removeTail(sq, forged);
      // Keyed entries follow the legacy ones.
      await t.login('sq_admin');
      expect(await ownerVerify(TEST_AUDIT_KEY, { checkpoints })).toMatchObject({ ok: true, checked: 1, resumedFromSeq: String(rows.length) });
      expect(await ownerVerify(TEST_AUDIT_KEY, { full: true })).toMatchObject({ ok: true, checked: rows.length + 1 });
    });
  });
});
