import { Client } from 'pg';
import { startTestApp, TestApp } from '../testing/test-app';

/** Retiring takes a reason and a date; a scheduled version (待施行) can be withdrawn until its date. */
describe('retiring a matter and withdrawing a scheduled version', () => {
  let t: TestApp;
  let admin: string;
  let clerk: string;
  let sqAdmin: string;
  let countyId: string;
  let matters: { matterId: string; version: number; content: { implementationCode: string } }[];
  let next = 0;

  const owner = async <T>(sql: string, params: unknown[]): Promise<T[]> => {
    const c = new Client({ connectionString: t.db.ownerUrl });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows as T[];
    } finally {
      await c.end();
    }
  };
  const inForce = async () =>
    (await t.gql(`query($u: ID!) { effectiveCatalog(orgUnitId: $u) { matterId version } }`, { u: countyId }, admin)).data.effectiveCatalog as {
      matterId: string;
      version: number;
    }[];
  const guide = (code: string) => t.gql(`query($c: String!) { guideMatter(countyCode: "610921", implementationCode: $c) { version } }`, { c: code });
  const retire = (id: string, reason: string, effectiveOn: string, token = admin) =>
    t.gql(
      `mutation($id: ID!, $r: String!, $d: String!) { retireMatter(matterId: $id, reason: $r, effectiveOn: $d) { status retiredOn retirementReason inForce { version } } }`,
      { id, r: reason, d: effectiveOn },
      token,
    );
  const withdraw = (id: string, version: number, reason: string, token = admin) =>
    t.gql(
      `mutation($id: ID!, $v: Int!, $r: String!) { withdrawMatterVersion(matterId: $id, version: $v, reason: $r) { version status scheduled withdrawalReason } }`,
      { id, v: version, r: reason },
      token,
    );
  const code = (e: { errors?: { extensions: { code: string } }[] }) => e.errors?.[0]?.extensions.code;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set('2031-03-01T02:00:00Z'); // 2031-03-01 in Beijing
    admin = await t.login('hy_admin');
    clerk = await t.login('cgz_clerk');
    sqAdmin = await t.login('sq_admin');
    const county = await t.gql(`{ searchOrgUnits(query: "汉阴县") { nodes { id kind } } }`, {}, admin);
    countyId = county.data.searchOrgUnits.nodes.find((u: { kind: string }) => u.kind === 'COUNTY').id;
    matters = (await t.gql(`query($u: ID!) { effectiveCatalog(orgUnitId: $u) { matterId version content { implementationCode } } }`, { u: countyId }, admin)).data
      .effectiveCatalog;
  });
  afterAll(() => t?.close());

  it('retires from a later date with a reason: in force and in the guide until then, audited with both', async () => {
    const m = matters[next++];
    expect(code(await retire(m.matterId, '', '2031-03-10'))).toBe('RETIREMENT_REASON_REQUIRED');
    expect(code(await retire(m.matterId, '并入其他事项', '2031-02-28'))).toBe('RETIREMENT_DATE_INVALID');
    expect(code(await retire(m.matterId, '并入其他事项', '2031-02-30'))).toBe('RETIREMENT_DATE_INVALID');
    // Township clerks and another county cannot retire 汉阴县's matters.
    expect(code(await retire(m.matterId, '并入其他事项', '2031-03-10', clerk))).toBe('FORBIDDEN');
    expect(code(await retire(m.matterId, '并入其他事项', '2031-03-10', sqAdmin))).toBe('NOT_FOUND');

    const done = await retire(m.matterId, '  并入“最低生活保障”事项  ', '2031-03-10');
    expect(done.errors).toBeUndefined();
    expect(done.data.retireMatter).toEqual({ status: 'PUBLISHED', retiredOn: '2031-03-10', retirementReason: '并入“最低生活保障”事项', inForce: { version: m.version } });
    expect((await inForce()).some((x) => x.matterId === m.matterId)).toBe(true);
    expect((await guide(m.content.implementationCode)).data.guideMatter.version).toBe(m.version);
    // Decided: the matter is frozen at once, and cannot be retired twice.
    expect(code(await t.gql(`mutation($id: ID!) { openDraft(matterId: $id) { version } }`, { id: m.matterId }, admin))).toBe('MATTER_RETIRED');
    expect(code(await retire(m.matterId, '再次取消', '2031-03-20'))).toBe('MATTER_RETIRED');

    t.clock.set('2031-03-09T15:59:00Z'); // 23:59 on 03-09 in Beijing
    expect((await inForce()).some((x) => x.matterId === m.matterId)).toBe(true);
    t.clock.set('2031-03-09T16:00:00Z'); // 00:00 on 03-10 in Beijing
    expect((await inForce()).some((x) => x.matterId === m.matterId)).toBe(false);
    expect(code(await guide(m.content.implementationCode))).toBe('NOT_FOUND');
    const after = await t.gql(`query($id: ID!) { matter(id: $id) { status retiredOn inForce { version } } }`, { id: m.matterId }, admin);
    expect(after.data.matter).toEqual({ status: 'RETIRED', retiredOn: '2031-03-10', inForce: null });
    const listed = await t.gql(`{ matters(filter: { status: RETIRED }, first: 100) { nodes { id } } }`, {}, admin);
    expect(listed.data.matters.nodes.map((n: { id: string }) => n.id)).toContain(m.matterId);

    const [entry] = await owner<{ actor_name: string; detail: Record<string, unknown> }>(
      `SELECT actor_name, detail FROM audit_log WHERE subject_id = $1 AND action = 'matter_retired'`,
      [m.matterId],
    );
    expect(entry).toEqual({
      actor_name: 'hy_admin',
      detail: { implementationCode: m.content.implementationCode, reason: '并入“最低生活保障”事项', effectiveOn: '2031-03-10' },
    });
    t.clock.set('2031-03-01T02:00:00Z');
  });

  it('retiring today takes effect at once', async () => {
    const m = matters[next++];
    const done = await retire(m.matterId, '法律依据废止', '2031-03-01');
    expect(done.data.retireMatter).toMatchObject({ status: 'RETIRED', inForce: null });
    expect((await inForce()).some((x) => x.matterId === m.matterId)).toBe(false);
  });

  it('a scheduled version is 待施行 until its date, can be withdrawn with a reason, and never after it took effect', async () => {
    const m = matters[next++];
    const publishScheduled = async (date: string) => {
      expect((await t.gql(`mutation($id: ID!) { openDraft(matterId: $id) { version } }`, { id: m.matterId }, admin)).errors).toBeUndefined();
      const p = await t.gql(`mutation($id: ID!, $d: String) { publishMatter(matterId: $id, effectiveFrom: $d) { version scheduled inForce } }`, { id: m.matterId, d: date }, admin);
      expect(p.errors).toBeUndefined();
      return p.data.publishMatter as { version: number; scheduled: boolean; inForce: boolean };
    };
    const scheduled = await publishScheduled('2031-04-01');
    expect(scheduled).toEqual({ version: m.version + 1, scheduled: true, inForce: false });
    const read = await t.gql(
      `query($id: ID!) { matter(id: $id) { scheduledVersion inForce { version scheduled } versions { version status scheduled } } }`,
      { id: m.matterId },
      admin,
    );
    expect(read.data.matter.scheduledVersion).toBe(m.version + 1);
    expect(read.data.matter.inForce).toEqual({ version: m.version, scheduled: false });
    expect(read.data.matter.versions.at(-1)).toEqual({ version: m.version + 1, status: 'PUBLISHED', scheduled: true });

    // Refusals: no reason, the version in force, another county, a township clerk.
    expect(code(await withdraw(m.matterId, m.version + 1, ' '))).toBe('WITHDRAWAL_REASON_REQUIRED');
    expect(code(await withdraw(m.matterId, m.version, '写错了'))).toBe('VERSION_ALREADY_EFFECTIVE');
    expect(code(await withdraw(m.matterId, m.version + 1, '写错了', sqAdmin))).toBe('NOT_FOUND');
    expect(code(await withdraw(m.matterId, m.version + 1, '写错了', clerk))).toBe('FORBIDDEN');
    expect(code(await withdraw(m.matterId, 99, '写错了'))).toBe('NOT_FOUND');

    const done = await withdraw(m.matterId, m.version + 1, '承诺时限填写有误');
    expect(done.errors).toBeUndefined();
    expect(done.data.withdrawMatterVersion).toEqual({ version: m.version + 1, status: 'WITHDRAWN', scheduled: false, withdrawalReason: '承诺时限填写有误' });
    expect(code(await withdraw(m.matterId, m.version + 1, '再撤一次'))).toBe('VERSION_NOT_SCHEDULED');
    // Its date passes without it: the earlier version stays in force, and the next number continues after it.
    t.clock.set('2031-04-02T02:00:00Z');
    expect((await inForce()).find((x) => x.matterId === m.matterId)?.version).toBe(m.version);
    const again = await publishScheduled('2031-05-01');
    expect(again.version).toBe(m.version + 2);
    t.clock.set('2031-05-01T02:00:00Z');
    expect(code(await withdraw(m.matterId, m.version + 2, '太晚了'))).toBe('VERSION_ALREADY_EFFECTIVE');
    expect((await inForce()).find((x) => x.matterId === m.matterId)?.version).toBe(m.version + 2);

    const [entry] = await owner<{ detail: Record<string, unknown> }>(`SELECT detail FROM audit_log WHERE subject_id = $1 AND action = 'matter_version_withdrawn'`, [m.matterId]);
    expect(entry.detail).toEqual({ implementationCode: m.content.implementationCode, version: m.version + 1, effectiveFrom: '2031-04-01', reason: '承诺时限填写有误' });
    t.clock.set('2031-03-01T02:00:00Z');
  });

  it('the database lets a published version change only to withdrawn, and a withdrawn one not at all', async () => {
    const m = matters[next++];
    await expect(owner(`UPDATE matter_version SET status = 'withdrawn', withdrawn_at = now(), withdrawal_reason = 'x', name = 'y' WHERE matter_id = $1 AND version = $2`, [m.matterId, m.version])).rejects.toThrow(/immutable/);
    await owner(`UPDATE matter_version SET status = 'withdrawn', withdrawn_at = now(), withdrawal_reason = 'x' WHERE matter_id = $1 AND version = $2`, [m.matterId, m.version]);
    await expect(owner(`UPDATE matter_version SET status = 'published', withdrawn_at = NULL, withdrawal_reason = NULL WHERE matter_id = $1 AND version = $2`, [m.matterId, m.version])).rejects.toThrow(/immutable/);
  });
});
