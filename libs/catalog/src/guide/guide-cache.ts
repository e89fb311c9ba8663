import { Injectable } from '@nestjs/common';
import { StampedCache } from '../stamped-cache';
import { PublicCounty } from './public-county';

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
  private cache = new StampedCache<string, unknown>({ capacity: GUIDE_CACHE_ENTRIES });

  /** Keeps nothing: for measuring the resolution itself (bench:catalog). */
  static passThrough(): GuideCache {
    const guides = new GuideCache();
    guides.cache = new StampedCache({ capacity: 0 });
    return guides;
  }

  async get<T>(county: PublicCounty, today: string, key: string, resolve: () => Promise<T>): Promise<T> {
    return this.cache.get(`${county.tenantId}/${key}`, `${county.generation}/${today}`, resolve) as Promise<T>;
  }

  /** For tests and the benchmark report. */
  statistics(): { entries: number; hits: number; misses: number } {
    const { entries, hits, misses } = this.cache.statistics();
    return { entries, hits, misses };
  }
}
