import * as argon2 from 'argon2';
import { availableParallelism } from 'node:os';
import { TenancyError } from '../errors/tenancy.errors';

/** argon2id with moderate cost: a login takes tens of milliseconds on two cores. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * Hashing is the one thing a login spends a core on. argon2 runs on libuv's threads (four by
 * default); unbounded, 40 logins at once take both cores of a small server and every other
 * request waits. So at most `PASSWORD_HASH_CONCURRENCY` hashes run at once (default: one fewer
 * than the cores, at least one), the rest wait in line, and beyond `PASSWORD_HASH_QUEUE` waiting
 * a login is answered LOGIN_BUSY at once rather than after a minute.
 */
export class HashingSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly queueLimit: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queueLimit) throw TenancyError.LoginBusy(1);
      await new Promise<void>((turn) => this.waiting.push(turn));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next in line, so `running` stays counted.
      if (next) next();
      else this.running--;
    }
  }

  get queued(): number {
    return this.waiting.length;
  }
}

const positive = (value: string | undefined, fallback: number) => (Number(value) >= 1 ? Math.trunc(Number(value)) : fallback);

export const hashingSlots = new HashingSlots(
  positive(process.env.PASSWORD_HASH_CONCURRENCY, Math.max(1, availableParallelism() - 1)),
  positive(process.env.PASSWORD_HASH_QUEUE, 100),
);

export function hashPassword(password: string): Promise<string> {
  return hashingSlots.run(() => argon2.hash(password, OPTIONS));
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  return hashingSlots.run(async () => {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  });
}

/** Verified against when the username is unknown, so timing does not reveal which names exist. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= argon2.hash('not-a-real-password-0', OPTIONS);
  return dummyHash;
}
