import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearOrphanPostmaster } from './orphan-postmaster';

/** A stand-in for an orphaned postmaster: a live process whose command line is `… postgres -D <dir>`. */
function fakePostmaster(dataDir: string): ChildProcess {
  return spawn(process.execPath, ['-e', 'process.on("SIGINT", () => process.exit(0)); setInterval(() => {}, 1000)', 'postgres', '-D', dataDir], { stdio: 'ignore' });
}

const pidFileFor = (dir: string, pid: number) => writeFileSync(join(dir, 'postmaster.pid'), `${pid}\n${dir}\n1700000000\n54320\n/tmp\n127.0.0.1\n  1  2\nready   \n`);

describe('clearOrphanPostmaster', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pg-orphan-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stops a postgres still running on the data folder after a crash', async () => {
    const orphan = fakePostmaster(dir);
    const exited = new Promise<number | null>((r) => orphan.once('exit', (code) => r(code)));
    await new Promise((r) => setTimeout(r, 300));
    pidFileFor(dir, orphan.pid!);
    expect(await clearOrphanPostmaster(dir)).toBe('stopped');
    expect(await exited).toBe(0);
    expect(existsSync(join(dir, 'postmaster.pid'))).toBe(false);
  });

  it('removes a pid file whose process is gone or is not a postgres of this folder, and kills nothing', async () => {
    pidFileFor(dir, process.pid);
    expect(await clearOrphanPostmaster(dir)).toBe('stale-pid-file');
    expect(existsSync(join(dir, 'postmaster.pid'))).toBe(false);

    const other = fakePostmaster(join(dir, 'another-cluster'));
    await new Promise((r) => setTimeout(r, 300));
    pidFileFor(dir, other.pid!);
    expect(await clearOrphanPostmaster(dir)).toBe('stale-pid-file');
    expect(other.exitCode).toBeNull();
    other.kill();

    pidFileFor(dir, 2 ** 22 + 17);
    expect(await clearOrphanPostmaster(dir)).toBe('stale-pid-file');
    expect(await clearOrphanPostmaster(dir)).toBe('none');
  });
});
