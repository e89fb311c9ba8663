import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { APP_ROLE, appUrlFrom, loginRefused } from '@county/tenancy';
import { freePort } from '@county/tenancy/testing';
import { appPasswordFile } from './database';

const ROOT = resolve(__dirname, '../../../..');

interface Opened {
  ownerUrl: string;
  appUser: string;
  close(): Promise<void>;
}

/** openDatabase on the embedded cluster in `dataDir`, in a child process, with `env` over a clean environment. */
function open(dataDir: string, port: number, env: Record<string, string> = {}): Promise<Opened> {
  const inherited = { ...process.env };
  for (const name of ['DATABASE_URL', 'APP_DATABASE_URL', 'APP_DB_PASSWORD']) delete inherited[name];
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/testing/open-database.child.ts', dataDir], {
    cwd: ROOT,
    env: { ...inherited, PG_PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return new Promise((resolvePromise, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const opened = out.match(/OPENED=(\{.*\})/);
      if (opened) resolvePromise({ ...JSON.parse(opened[1]), close: async () => (child.kill('SIGTERM'), exited) });
    });
    child.once('exit', () => reject(new Error(out.match(/ERROR=(.*)/)?.[1] ?? `exited: ${out}`)));
  });
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
