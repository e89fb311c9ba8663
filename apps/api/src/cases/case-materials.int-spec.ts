import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import sharp from 'sharp';
import { entrustedApplicant } from '../testing/proxy-consents';
import { startTestApp, TestApp } from '../testing/test-app';

const CGZ = '610921100000'; // 城关镇
const OLD_AGE_ALLOWANCE = '11610921MZ02010004000'; // 高龄津贴申请
const MAX_BYTES = 1_500_000;
const FILE = `id materialName mime bytes sha256 width height uploadedBy uploadedAt url`;
const CASE = `query($id: ID!) { case(id: $id) { id materialFiles { ${FILE} } } }`;
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id } }`;

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const codeOf = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0]?.extensions.code;
let keys = 0;
const key = () => `material-key-${Date.now()}-${++keys}`;

/** A phone photo: landscape pixels, EXIF orientation 6, the place it was taken. */
const phonePhoto = () =>
  sharp({ create: { width: 3000, height: 1200, channels: 3, background: '#3366cc' } })
    .withExif({ IFD0: { Make: 'TestPhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '32/1 53/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '108/1 30/1 0/1' } })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();

/** 材料照片: uploads normalized into the file store, the row in Postgres, served to those who may read the case. */
describe('case material files', () => {
  let t: TestApp;
  let dir: string;
  let clerk: string;
  let matterId: string;
  let cgzId: string;
  const saved = { dir: process.env.FILE_STORE_DIR, max: process.env.MATERIAL_MAX_BYTES };

  const ownerRows = async <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      return (await owner.query(sql, params)).rows;
    } finally {
      await owner.end();
    }
  };
  /** Every file the store holds, as paths under its directory. */
  const storedFiles = (): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const submit = async () => {
    const r = await t.gql(SUBMIT, { input: { idempotencyKey: key(), matterId, acceptingUnitId: cgzId, applicantName: '张大爷', materials: ['户口簿', '身份证'] } }, clerk);
    expect(r.errors).toBeUndefined();
    return r.data.submitCase.id as string;
  };
  const upload = async (caseId: string, body: Buffer, token = clerk, material: string | null = '户口簿', type = 'image/jpeg') => {
    const form = new FormData();
    if (material !== null) form.append('material', material);
    form.append('file', new Blob([new Uint8Array(body)], { type }), 'photo.jpg');
    const res = await fetch(`${t.url}/api/cases/${caseId}/materials`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    const json = (await res.json()) as any;
    return { status: res.status, json, code: json.errors?.[0]?.extensions.code as string | undefined };
  };
  const download = async (caseId: string, fileId: string, token = clerk) => {
    const res = await fetch(`${t.url}/api/cases/${caseId}/materials/${fileId}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) return { status: res.status, code: ((await res.json()) as any).errors[0].extensions.code as string, body: Buffer.alloc(0), type: '', headers: res.headers };
    return { status: 200, code: undefined, body: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') ?? '', headers: res.headers };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'case-files-'));
    process.env.FILE_STORE_DIR = dir;
    process.env.MATERIAL_MAX_BYTES = String(MAX_BYTES);
    t = await startTestApp();
    clerk = await t.login('cgz_clerk');
    matterId = (await t.gql(`{ guideMatter(countyCode: "610921", implementationCode: "${OLD_AGE_ALLOWANCE}") { matterId } }`)).data.guideMatter.matterId;
    const admin = await t.login('hy_admin');
    const units = await t.gql(`query($q: String!) { searchOrgUnits(query: $q, first: 5) { nodes { id code } } }`, { q: CGZ }, admin);
    cgzId = units.data.searchOrgUnits.nodes.find((u: { code: string }) => u.code === CGZ).id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
    for (const [name, value] of [['FILE_STORE_DIR', saved.dir], ['MATERIAL_MAX_BYTES', saved.max]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('stores the clerk’s photo normalized on disk (never in the database) and serves those bytes back with their SHA-256', async () => {
    const caseId = await submit();
    const photo = await phonePhoto();
    const up = await upload(caseId, photo);
    expect(up.status).toBe(201);
    expect(up.json).toMatchObject({ materialName: '户口簿', mime: 'image/jpeg', width: 800, height: 2000, uploadedBy: 'cgz_clerk', url: `/api/cases/${caseId}/materials/${up.json.id}` });

    const got = await download(caseId, up.json.id);
    expect(got.status).toBe(200);
    expect(got.type).toBe('image/jpeg');
    expect(got.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(got.headers.get('etag')).toBe(`"${up.json.sha256}"`);
    expect(got.headers.get('cache-control')).toContain('no-store');
    expect(sha256(got.body)).toBe(up.json.sha256);
    expect(got.body.length).toBe(up.json.bytes);
    expect(got.body.equals(photo)).toBe(false);
    const meta = await sharp(got.body).metadata();
    expect([meta.width, meta.height, meta.exif, meta.orientation]).toEqual([800, 2000, undefined, undefined]);

    // The store holds exactly those bytes under its directory; the row holds where and what, not the bytes.
    const [row] = await ownerRows(`SELECT * FROM case_material_file WHERE id = $1`, [up.json.id]);
    expect(row).toMatchObject({ case_id: caseId, material_name: '户口簿', mime: 'image/jpeg', bytes: got.body.length, sha256: up.json.sha256, width: 800, height: 2000 });
    expect(row.storage_key).toMatch(new RegExp(`^[0-9a-f-]{36}/${caseId}/${up.json.id}\\.jpg$`));
    expect(Object.values(row).some((v) => Buffer.isBuffer(v))).toBe(false);
    expect(readFileSync(join(dir, row.storage_key)).equals(got.body)).toBe(true);
    const columns = await ownerRows(`SELECT data_type FROM information_schema.columns WHERE table_name = 'case_material_file'`);
    expect(columns.map((c) => c.data_type)).not.toContain('bytea');

    // The case lists it; a PDF is kept as it came.
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const second = await upload(caseId, pdf, clerk, '身份证', 'application/pdf');
    expect(second).toMatchObject({ status: 201, json: { mime: 'application/pdf', bytes: pdf.length, sha256: sha256(pdf), width: null, height: null } });
    const gotPdf = await download(caseId, second.json.id);
    expect(gotPdf.body.equals(pdf)).toBe(true);
    expect(gotPdf.headers.get('content-disposition')).toMatch(/^attachment; /);
    const listed = (await t.gql(CASE, { id: caseId }, clerk)).data.case.materialFiles;
    expect(listed.map((f: any) => [f.id, f.materialName, f.sha256])).toEqual([
      [up.json.id, '户口簿', up.json.sha256],
      [second.json.id, '身份证', sha256(pdf)],
    ]);
    // The audit chain records the upload with its checksum.
    const audit = await ownerRows(`SELECT detail FROM audit_log WHERE action = 'case_material_file_uploaded' AND subject_id = $1 ORDER BY seq`, [caseId]);
    expect(audit.map((a) => a.detail.sha256)).toEqual([up.json.sha256, sha256(pdf)]);
  });

  it('refuses too large, wrong-type, unreadable and unnamed uploads with a code, and stores nothing', async () => {
    const caseId = await submit();
    const filesBefore = storedFiles();
    const huge = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(MAX_BYTES + 10, 0x20)]);
    const photo = await phonePhoto();
    const cases: [Buffer, string | null, string, number, string][] = [
      [huge, '户口簿', 'application/pdf', 400, 'CASE_MATERIAL_FILE_TOO_LARGE'],
      // The client's content-type says JPEG; the bytes are a GIF, and an HTML page.
      [Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), '户口簿', 'image/jpeg', 400, 'CASE_MATERIAL_FILE_TYPE_UNSUPPORTED'],
      [Buffer.from('<html><script>alert(1)</script></html>'), '户口簿', 'image/jpeg', 400, 'CASE_MATERIAL_FILE_TYPE_UNSUPPORTED'],
      [photo.subarray(0, 700), '户口簿', 'image/jpeg', 400, 'CASE_MATERIAL_IMAGE_UNREADABLE'],
      [photo, null, 'image/jpeg', 400, 'CASE_MATERIAL_NAME_INVALID'],
      [photo, '   ', 'image/jpeg', 400, 'CASE_MATERIAL_NAME_INVALID'],
    ];
    for (const [body, material, type, status, code] of cases) {
      const r = await upload(caseId, body, clerk, material, type);
      expect([code, r.status, r.code]).toEqual([code, status, code]);
      expect(r.json.errors[0].extensions.messageZh).toBeTruthy();
      expect(r.json.errors[0].extensions.messageEn).toBeTruthy();
    }
    const noFile = await fetch(`${t.url}/api/cases/${caseId}/materials`, { method: 'POST', headers: { authorization: `Bearer ${clerk}` }, body: (() => { const f = new FormData(); f.append('material', '户口簿'); return f; })() });
    expect([noFile.status, ((await noFile.json()) as any).errors[0].extensions.code]).toEqual([400, 'CASE_MATERIAL_FILE_MISSING']);

    expect(await ownerRows(`SELECT id FROM case_material_file WHERE case_id = $1`, [caseId])).toEqual([]);
    expect(storedFiles()).toEqual(filesBefore);
    expect((await t.gql(CASE, { id: caseId }, clerk)).data.case.materialFiles).toEqual([]);
  });

  it('another county, another township and another village get NOT_FOUND on upload, download and list; a reader who cannot handle is FORBIDDEN to upload', async () => {
    const caseId = await submit();
    const photo = await phonePhoto();
    const mine = await upload(caseId, photo);
    expect(mine.status).toBe(201);
    const filesBefore = storedFiles();
    for (const who of ['sq_agent', 'sq_admin', 'jcz_clerk', 'nanjie_agent']) {
      const token = await t.login(who);
      const up = await upload(caseId, photo, token);
      // sq_admin may handle no case anywhere: refused at the door, before the case is looked up.
      expect([who, up.status, up.code]).toEqual(who === 'sq_admin' ? [who, 403, 'FORBIDDEN'] : [who, 404, 'NOT_FOUND']);
      expect([who, await download(caseId, mine.json.id, token)]).toMatchObject([who, { status: 404, code: 'NOT_FOUND' }]);
      expect([who, codeOf(await t.gql(CASE, { id: caseId }, token))]).toEqual([who, 'NOT_FOUND']);
    }
    // 民政局 decides the matter: it may read the case and its photos, not add to a case still at the township.
    const approver = await t.login('mz_approver');
    expect((await download(caseId, mine.json.id, approver)).status).toBe(200);
    expect((await upload(caseId, photo, approver)).code).toBe('FORBIDDEN');
    // A file of another case is not found through this one; nor is a made-up id.
    const other = await submit();
    expect(await download(other, mine.json.id)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(await download(caseId, '00000000-0000-4000-8000-000000000000')).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(await download(caseId, 'not-a-uuid')).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(await upload('not-a-uuid', photo)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(storedFiles()).toEqual(filesBefore);
    expect((await ownerRows(`SELECT count(*)::int AS n FROM case_material_file WHERE case_id = $1`, [caseId]))[0].n).toBe(1);
    // A row whose file the store lost answers NOT_FOUND, not an empty photo.
    const [{ storage_key }] = await ownerRows(`SELECT storage_key FROM case_material_file WHERE id = $1`, [mine.json.id]);
    rmSync(join(dir, storage_key));
    expect(await download(caseId, mine.json.id)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('a village agent files photos for her own village’s case; the next village’s agent gets NOT_FOUND, the township clerk sees them', async () => {
    const admin = await t.login('hy_admin');
    const nanjieUnit = (await t.gql(`{ searchOrgUnits(query: "610921100001", first: 5) { nodes { id code } } }`, {}, admin)).data.searchOrgUnits.nodes.find((u: { code: string }) => u.code === '610921100001').id;
    const agent = await t.login('nanjie_agent');
    const { applicantId } = await entrustedApplicant(t, agent, nanjieUnit, '李奶奶', '61092119400202004');
    const r = await t.gql(SUBMIT, { input: { idempotencyKey: key(), matterId, acceptingUnitId: nanjieUnit, applicantName: '李奶奶', applicantId, materials: ['户口簿'] } }, agent);
    expect(r.errors).toBeUndefined();
    const caseId = r.data.submitCase.id as string;
    const photo = await phonePhoto();
    const up = await upload(caseId, photo, agent);
    expect([up.status, up.json.uploadedBy]).toEqual([201, 'nanjie_agent']);
    expect(sha256((await download(caseId, up.json.id, agent)).body)).toBe(up.json.sha256);
    const neighbour = await t.login('beijie_agent');
    expect(await upload(caseId, photo, neighbour)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(await download(caseId, up.json.id, neighbour)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(codeOf(await t.gql(CASE, { id: caseId }, neighbour))).toBe('NOT_FOUND');
    // The township above the village follows its cases.
    expect((await t.gql(CASE, { id: caseId }, clerk)).data.case.materialFiles.map((f: any) => f.id)).toEqual([up.json.id]);
  });

  it('row-level security: the app role sees no other county’s file rows', async () => {
    const rows = await ownerRows(`SELECT relrowsecurity FROM pg_class WHERE relname = 'case_material_file'`);
    expect(rows).toEqual([{ relrowsecurity: true }]);
    const app = new Client({ connectionString: t.db.appUrl });
    await app.connect();
    try {
      const [{ tenant_id }] = await ownerRows(`SELECT tenant_id FROM case_material_file LIMIT 1`);
      const other = (await ownerRows(`SELECT id FROM tenant WHERE id <> $1 LIMIT 1`, [tenant_id]))[0].id;
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [other]);
      expect((await app.query(`SELECT count(*)::int AS n FROM case_material_file`)).rows[0].n).toBe(0);
      await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant_id]);
      expect((await app.query(`SELECT count(*)::int AS n FROM case_material_file`)).rows[0].n).toBeGreaterThan(0);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
  });
});
