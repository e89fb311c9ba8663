import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ROLE, appUrlFrom, loginRefused } from '@county/tenancy';
import { freePort, startTestChild } from '@county/tenancy/testing';
import { appPasswordFile } from './database';

interface Opened {
  ownerUrl: string;
  appUser: string;
  close(): Promise<void>;
}

/** openDatabase on the embedded cluster in `dataDir`, in a child process, with `env` over a clean environment. */
async function open(dataDir: string, port: number, env: Record<string, string> = {}): Promise<Opened> {
  const inherited = { ...process.env };
  for (const name of ['DATABASE_URL', 'APP_DATABASE_URL', 'APP_DB_PASSWORD']) delete inherited[name];
  const child = await startTestChild('apps/api/src/testing/open-database.child.ts', [dataDir], 'OPENED', { ...inherited, PG_PORT: String(port), ...env });
  return { ...(JSON.parse(child.ready) as { ownerUrl: string; appUser: string }), close: child.stop };
}

/** The embedded database's application role logs in with a per-install password, not county_app_local. */
describe('openDatabase: the application role password of the embedded database', () => {
  let home: string;
  let dataDir: string;
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'county-app-password-'));
    chmodSync(home, 0o755);
    dataDir = join(home, 'postgres');
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('is generated once into a 0600 file beside the data folder and set on the role at every start', async () => {
    const port = await freePort();
    const first = await open(dataDir, port);
    let password: string;
    try {
      expect(first.appUser).toBe(APP_ROLE);
      const file = appPasswordFile(dataDir);
      expect(file).toBe(join(home, 'app-db-password'));
      expect(statSync(file).mode & 0o777).toBe(0o600);
      password = readFileSync(file, 'utf8').trim();
      expect(password).toMatch(/^[0-9a-f]{48}$/);
      expect(await loginRefused(appUrlFrom(first.ownerUrl, password))).toBe(false);
      expect(await loginRefused(appUrlFrom(first.ownerUrl, 'county_app_local'))).toBe(true);
    } finally {
      await first.close();
    }

    // APP_DB_PASSWORD, when set, is what the role gets; without it the kept password comes back.
    const chosen = await open(dataDir, port, { APP_DB_PASSWORD: 'chosen-by-the-operator' });
    try {
      expect(chosen.appUser).toBe(APP_ROLE);
      expect(await loginRefused(appUrlFrom(chosen.ownerUrl, 'chosen-by-the-operator'))).toBe(false);
      expect(await loginRefused(appUrlFrom(chosen.ownerUrl, password))).toBe(true);
    } finally {
      await chosen.close();
    }
    const again = await open(dataDir, port);
    try {
      expect(await loginRefused(appUrlFrom(again.ownerUrl, password))).toBe(false);
      expect(await loginRefused(appUrlFrom(again.ownerUrl, 'chosen-by-the-operator'))).toBe(true);
    } finally {
      await again.close();
    }
  });
});
