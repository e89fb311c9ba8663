import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { embeddedOwnerUrl, LEGACY_OWNER_PASSWORD, ownerPasswordFile } from './embedded-postgres';
import { loginRefused } from './role-password';
import { freePort } from '../testing/free-port';
import { runTestChildToEnd, startTestChild } from '../testing/test-child';

const CHILD = 'libs/tenancy/src/testing/embedded-postgres.child.ts';

/** startEmbeddedPostgres in a child process (the package cannot load inside jest's sandbox). */
async function start(dataDir: string, port: number): Promise<{ ownerUrl: string; stop(): Promise<void> }> {
  const child = await startTestChild(CHILD, ['start', dataDir, String(port)], 'OWNER_URL');
  return { ownerUrl: child.ready, stop: child.stop };
}

async function hbaMethods(ownerUrl: string): Promise<string[]> {
  const c = new Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT DISTINCT auth_method FROM pg_hba_file_rules ORDER BY 1`);
    return rows.map((r) => r.auth_method);
  } finally {
    await c.end();
  }
}

/** The embedded cluster's superuser has a per-install password; postgres/postgres opens nothing. */
describe('embedded Postgres passwords', () => {
  let home: string;
  let dataDir: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'county-pg-password-'));
    // As root the cluster runs as the postgres system user, who must reach the data folder.
    chmodSync(home, 0o755);
    dataDir = join(home, 'postgres');
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('a new cluster keeps a random password in a 0600 file beside the data folder and refuses postgres/postgres', async () => {
    const port = await freePort();
    const pg = await start(dataDir, port);
    try {
      const file = join(home, 'postgres-password');
      expect(ownerPasswordFile(dataDir)).toBe(file);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const password = readFileSync(file, 'utf8').trim();
      expect(password).toMatch(/^[0-9a-f]{48}$/);
      expect(pg.ownerUrl).toBe(embeddedOwnerUrl(port, password));

      expect(await loginRefused(embeddedOwnerUrl(port, LEGACY_OWNER_PASSWORD))).toBe(true);
      expect(await loginRefused(embeddedOwnerUrl(port, 'not-the-password'))).toBe(true);
      expect(await loginRefused(pg.ownerUrl)).toBe(false);
      expect(await hbaMethods(pg.ownerUrl)).toEqual(['scram-sha-256']);
    } finally {
      await pg.stop();
    }

    // The same password on the next start.
    const again = await start(dataDir, port);
    try {
      expect(again.ownerUrl).toBe(pg.ownerUrl);
      expect(await loginRefused(again.ownerUrl)).toBe(false);
    } finally {
      await again.stop();
    }
  });

  it('moves a cluster made with postgres/postgres to a generated password on its first start', async () => {
    const port = await freePort();
    await runTestChildToEnd(CHILD, ['init-old', dataDir, String(port)]);
    expect(readFileSync(join(dataDir, 'pg_hba.conf'), 'utf8')).toMatch(/^host\s+all\s+all\s+127\.0\.0\.1\/32\s+password\s*$/m);
    expect(existsSync(ownerPasswordFile(dataDir))).toBe(false);

    const pg = await start(dataDir, port);
    try {
      expect(statSync(ownerPasswordFile(dataDir)).mode & 0o777).toBe(0o600);
      expect(await loginRefused(pg.ownerUrl)).toBe(false);
      expect(await loginRefused(embeddedOwnerUrl(port, LEGACY_OWNER_PASSWORD))).toBe(true);
      expect(await hbaMethods(pg.ownerUrl)).toEqual(['scram-sha-256']);
    } finally {
      await pg.stop();
    }
  });

  it('names the password file when the kept password does not open the cluster', async () => {
    const port = await freePort();
    await (await start(dataDir, port)).stop();
    writeFileSync(ownerPasswordFile(dataDir), 'someone-elses-password\n', { mode: 0o600 });
    await expect(start(dataDir, port)).rejects.toThrow(`refuses the password kept in ${ownerPasswordFile(dataDir)}`);
    // The failed start stopped its postmaster: the folder is free again.
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
  });
});
