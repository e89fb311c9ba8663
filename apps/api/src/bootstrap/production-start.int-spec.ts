import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/** `npm start` in production without its secrets stops before touching any database. */
describe('starting with NODE_ENV=production', () => {
  it('exits non-zero naming JWT_SECRET, AUDIT_KEY, APP_DB_PASSWORD and PUBLIC_BASE_URL', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PUBLIC_BASE_URL: '', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
    for (const name of ['JWT_SECRET', 'AUDIT_KEY', 'APP_DB_PASSWORD', 'APP_DATABASE_URL']) delete env[name];
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = execFile(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], { cwd: ROOT, env, timeout: 60_000 }, (_error, _stdout, stderr) =>
        done({ code: child.exitCode, stderr }),
      );
    });
    expect(code).toBe(1);
    expect(stderr).toContain('The server could not start:');
    expect(stderr).toContain('NODE_ENV=production needs these settings, not set:');
    for (const name of ['JWT_SECRET', 'AUDIT_KEY', 'APP_DB_PASSWORD', 'PUBLIC_BASE_URL']) expect(stderr).toContain(`  - ${name}: `);
    // The settings error is the whole message: no stack trace, no attempt at the database.
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).not.toContain('ECONNREFUSED');
  });
});
