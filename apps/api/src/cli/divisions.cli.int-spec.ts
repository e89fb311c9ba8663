import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, TestApp } from '../testing/test-app';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../../../..');
const CREATE = `mutation($i:CreateTenantInput!){ createTenant(input:$i) { name divisionCode } }`;

/**
 * The command DIVISION_NOT_IMPORTED recommends, run as the README says (`npm run divisions --
 * import …`), writes where the server reads: afterwards the server can create that county.
 */
describe('npm run divisions -- import', () => {
  let t: TestApp;
  let platform: string;
  const ziyang = { divisionCode: '610924', adminUsername: 'zy_admin', adminDisplayName: '紫阳管理员', adminPassword: 'Ziyang@2026' };

  beforeAll(async () => {
    t = await startTestApp();
    platform = await t.login('platform');
  });
  afterAll(() => t?.close());

  it('loads a county the server then creates a tenant for', async () => {
    const before = await t.gql(CREATE, { i: ziyang }, platform);
    expect(before.errors![0].extensions.code).toBe('DIVISION_NOT_IMPORTED');
    expect(before.errors![0].extensions.messageEn).toContain('npm run divisions -- import 610924');

    const cli = await run('npm', ['run', '--silent', 'divisions', '--', 'import', '610924'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: t.db.ownerUrl },
    });
    expect(cli.stdout).toMatch(/区划导入 \/ division import: 610924/);
    expect(cli.stdout).toMatch(/合计 total\s+\d+\s+\d+/);

    const after = await t.gql(CREATE, { i: ziyang }, platform);
    expect(after.errors).toBeUndefined();
    expect(after.data.createTenant).toEqual({ name: '紫阳县', divisionCode: '610924000000' });
  });

  it('exits 2 with the coded error in both languages for a malformed code', async () => {
    const cli = run('npm', ['run', '--silent', 'divisions', '--', 'import', '61092'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: t.db.ownerUrl } });
    await expect(cli).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/错误：.*\nError: /) });
  });
});
