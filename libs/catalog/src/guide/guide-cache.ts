import { Injectable } from '@nestjs/common';
import { PublicCounty } from './public-county';

interface Entry {
  /** The county's catalog generation and the day the answer was resolved for. */
  stamp: string;
  answer: Promise<unknown>;
}

/** Resolved guides kept per process; the oldest leave first. */
export const GUIDE_CACHE_ENTRIES = 5_000;

/**
 * The public guide is what a whole province's citizens read, and it changes only when its
 * county changes something: answers are kept in memory, stamped with the county's catalog
 * generation (moved in the same transaction as any change, so a reader never sees an answer
 * older than what has committed) and the day (versions take effect at midnight). Concurrent
 * misses for the same key share one resolution. Failures are not kept.
 */
@Injectable()
export class GuideCache {
  private readonly entries = new Map<string, Entry>();
  private hits = 0;
  private misses = 0;
  private capacity = GUIDE_CACHE_ENTRIES;

  /** Keeps nothing: for measuring the resolution itself (bench:catalog). */
  static passThrough(): GuideCache {
    const cache = new GuideCache();
    cache.capacity = 0;
    return cache;
  }

  async get<T>(county: PublicCounty, today: string, key: string, resolve: () => Promise<T>): Promise<T> {
    const fullKey = `${county.tenantId}/${key}`;
    const stamp = `${county.generation}/${today}`;
    const found = this.entries.get(fullKey);
    if (found && found.stamp === stamp) {
      this.hits++;
      // Refreshes its place: the most read guides stay.
      this.entries.delete(fullKey);
      this.entries.set(fullKey, found);
      return found.answer as Promise<T>;
    }
    this.misses++;
    const answer = resolve();
    if (this.capacity === 0) return answer;
    const entry: Entry = { stamp, answer };
    this.entries.delete(fullKey);
    this.entries.set(fullKey, entry);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    answer.catch(() => {
      if (this.entries.get(fullKey) === entry) this.entries.delete(fullKey);
    });
    return answer;
  }

  /** For tests and the benchmark report. */
  statistics(): { entries: number; hits: number; misses: number } {
    return { entries: this.entries.size, hits: this.hits, misses: this.misses };
  }
}
