import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export type OrphanOutcome = 'none' | 'stale-pid-file' | 'stopped';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to another user (the postgres system user, when we are not root).
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** True when the process is a postgres serving this data folder (Linux: read from /proc; elsewhere: any live process). */
function isPostgresOn(pid: number, dataDir: string): boolean {
  if (!alive(pid)) return false;
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync('/proc/self/cmdline')) return true;
  try {
    const args = readFileSync(cmdline, 'utf8').split('\0');
    return args.some((a) => basename(a) === 'postgres') && args.includes(dataDir);
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (!alive(pid)) return true;
    await sleep(100);
  }
  return !alive(pid);
}

/**
 * After a crash the postmaster of the embedded cluster can outlive the server, or leave its
 * postmaster.pid behind with a process id that now belongs to something else; either way the
 * next start fails. This is called only when nothing answers on our port, so a postmaster
 * still running on our folder is an orphan: it is shut down (fast, then immediate), and a
 * pid file naming no postgres of ours is removed.
 */
export async function clearOrphanPostmaster(dataDir: string, log: (message: string) => void = () => undefined): Promise<OrphanOutcome> {
  const dir = resolve(dataDir);
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return 'none';
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgresOn(pid, dir)) {
    log(`removing stale ${pidFile} (process ${pid} is not a postgres on this folder)`);
    rmSync(pidFile, { force: true });
    return 'stale-pid-file';
  }
  log(`stopping orphaned postgres (pid ${pid}) on ${dir}`);
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 15_000))) {
    process.kill(pid, 'SIGQUIT');
    if (!(await waitForExit(pid, 5_000))) throw new Error(`An orphaned postgres (pid ${pid}) on ${dir} does not stop; stop it by hand`);
  }
  rmSync(pidFile, { force: true });
  return 'stopped';
}
