/**
 * Embedded Postgres in a process of its own, for tests: jest's sandbox cannot load the
 * ES-module-only package, so a test starts a `*.child.ts` script (`node -r @swc-node/register`)
 * that prints `NAME=value` once it is ready, `ERROR=message` when it fails, and stops on SIGTERM.
 * `startTestChild` is the test's side, `runTestChild` the script's.
 */
import { execFile, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

/** The repository root: child scripts are named relative to it. */
const ROOT = resolve(__dirname, '../../../..');
const REGISTER = ['-r', '@swc-node/register'];

export interface TestChild {
  /** What the script printed after `NAME=` on its ready line. */
  ready: string;
  /** SIGTERM, resolved once the script has exited. */
  stop(): Promise<void>;
}

/**
 * Starts `script` (relative to the repository root) with `args`, resolved with its ready line
 * `NAME=…` (`ready` is the name); rejected with its ERROR message if it exits before. `env` is the
 * child's whole environment (default: this process's).
 */
export function startTestChild(script: string, args: string[], ready: string, env: NodeJS.ProcessEnv = process.env): Promise<TestChild> {
  const child = spawn(process.execPath, [...REGISTER, script, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  // A whole line: output can arrive in pieces.
  const line = new RegExp(`^${ready}=(.*)\\r?\\n`, 'm');
  return new Promise((resolvePromise, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = out.match(line);
      if (found) resolvePromise({ ready: found[1], stop: async () => (child.kill('SIGTERM'), exited) });
    });
    child.once('exit', () => reject(new Error(out.match(/ERROR=(.*)/)?.[1] ?? `exited: ${out}`)));
  });
}

/** Runs `script` with `args` to its end (a one-shot command of a child script). */
export async function runTestChildToEnd(script: string, args: string[]): Promise<void> {
  await promisify(execFile)(process.execPath, [...REGISTER, script, ...args], { cwd: ROOT });
}

/** What a child script's work leaves running: the ready line to print, and how to stop it. */
export interface ChildService {
  ready: string;
  value: string;
  stop(): Promise<void>;
}

/**
 * The script's side: runs `main`; what it starts is announced as `ready=value` and stopped on
 * SIGTERM; a `main` that returns nothing simply ends; a failure prints `ERROR=…` and exits 1.
 */
export function runTestChild(main: () => Promise<ChildService | void>): void {
  main().then(
    (service) => {
      if (!service) return;
      process.on('SIGTERM', () => void service.stop().finally(() => process.exit(0)));
      console.log(`${service.ready}=${service.value}`);
    },
    (error: unknown) => {
      console.log(`ERROR=${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
