import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const distIndex = join(root, 'dist/apps/admin/index.html');

/**
 * Starts the API (fresh embedded Postgres, demo county loaded) serving the built admin app in
 * a child process, unless ADMIN_E2E_URL points at a server that is already running.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['ADMIN_E2E_URL']) return;
  if (!existsSync(distIndex)) {
    throw new Error('dist/apps/admin is missing: run `npm run admin:build` before the admin e2e tests');
  }
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/testing/test-server.main.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`test server did not start:\n${out}`)), 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/TEST_SERVER_URL=(\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`test server exited with ${code}:\n${out}`)));
  });
  process.env['ADMIN_E2E_URL'] = url;
  (globalThis as { __ADMIN_E2E_SERVER__?: typeof child }).__ADMIN_E2E_SERVER__ = child;
}
