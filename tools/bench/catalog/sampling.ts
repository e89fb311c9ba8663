import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';

export interface Distribution {
  samples: number;
  p50: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentile of milliseconds, so a reported p95 is a time that was observed. */
export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  return sortedMs[Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1))];
}

export function distributionOf(ms: number[]): Distribution {
  const sorted = [...ms].sort((a, b) => a - b);
  return { samples: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

/**
 * Runs each named read in turn, round-robin, so drift on a shared 2-core machine (autovacuum,
 * GC) falls on all of them alike; warm-up rounds are not recorded.
 */
export async function interleaved(
  reads: Record<string, () => Promise<unknown>>,
  options: { warmup: number; samples: number },
  onSample?: (name: string, ms: number) => void,
): Promise<Record<string, Distribution>> {
  const names = Object.keys(reads);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < options.warmup + options.samples; round++) {
    for (const name of names) {
      const { ms } = await timed(reads[name]);
      if (round < options.warmup) continue;
      times[name].push(ms);
      onSample?.(name, ms);
    }
  }
  return Object.fromEntries(names.map((n) => [n, distributionOf(times[n])]));
}

/** Highest resident set size seen, sampled every 100 ms while the benchmark runs. */
export class RssSampler {
  private peak = process.memoryUsage().rss;
  private readonly timer = setInterval(() => this.sample(), 100);

  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }

  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

export const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/**
 * The 1-minute load average every 5 s: on a shared machine other work competes for the
 * cores, and the tail latencies are worth reading next to it.
 */
export class LoadSampler {
  private readonly samples: number[] = [loadavg()[0]];
  private readonly timer = setInterval(() => this.samples.push(loadavg()[0]), 5000);

  stop(): { mean: number; max: number } {
    clearInterval(this.timer);
    return { mean: this.samples.reduce((a, b) => a + b, 0) / this.samples.length, max: Math.max(...this.samples) };
  }
}
