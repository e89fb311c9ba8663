import { fork, ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** Starts a benchmark server (a file beside this one) in its own process and waits until it listens. */
export function serve(entry: string, env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((ready, fail) => {
    const child = fork(resolve(__dirname, entry), [], {
      // BENCH_CPU_PROF=dir writes the server's CPU profile there when it stops.
      execArgv: ['-r', '@swc-node/register', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])],
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', () => ready(child));
    child.once('exit', (code) => fail(new Error(`${entry} exited with ${code}`)));
  });
}

/** Stops a server started by `serve` and waits for it to exit. */
export async function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}
