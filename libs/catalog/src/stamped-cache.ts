interface Entry<V> {
  stamp: string;
  answer: Promise<V>;
  /** What it counts against the capacity: 1, or its weight once it has resolved. */
  weight: number;
}

export interface StampedCacheOptions<V> {
  /** The most the kept entries may weigh together; 0 keeps nothing (a pass-through). */
  capacity: number;
  /**
   * An entry's weight, taken once it has resolved (e.g. a PDF's bytes); until then it weighs
   * nothing. Without it every entry weighs 1 from the moment it is asked for, so `capacity`
   * counts entries.
   */
  weigh?: (value: V) => number;
}

export interface StampedCacheStatistics {
  entries: number;
  /** The kept entries' total weight (their count, without `weigh`). */
  weight: number;
  hits: number;
  misses: number;
}

/**
 * Answers kept in memory per key, each stamped with what it was computed for (a county's catalog
 * generation and the day): it is served only while the caller asks with the same stamp, and a
 * different stamp computes it anew and replaces it. Concurrent misses for one key share one
 * computation; failures are not kept; the least recently used entries leave first once the
 * kept weight passes the capacity.
 */
export class StampedCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();
  private weight = 0;
  private hits = 0;
  private misses = 0;

  constructor(private readonly options: StampedCacheOptions<V>) {}

  get(key: K, stamp: string, compute: () => Promise<V>): Promise<V> {
    const found = this.entries.get(key);
    if (found && found.stamp === stamp) {
      this.hits++;
      // Refreshes its place: the most read entries stay.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.answer;
    }
    this.misses++;
    this.remove(key);
    const answer = compute();
    const { weigh } = this.options;
    const entry: Entry<V> = { stamp, answer, weight: weigh ? 0 : 1 };
    this.entries.set(key, entry);
    this.weight += entry.weight;
    this.evict();
    answer.then(
      (value) => {
        if (!weigh || this.entries.get(key) !== entry) return;
        entry.weight = weigh(value);
        this.weight += entry.weight;
        this.evict();
      },
      () => {
        if (this.entries.get(key) === entry) this.remove(key);
      },
    );
    return answer;
  }

  statistics(): StampedCacheStatistics {
    return { entries: this.entries.size, weight: this.weight, hits: this.hits, misses: this.misses };
  }

  private evict(): void {
    for (const [key] of this.entries) {
      if (this.weight <= this.options.capacity) break;
      this.remove(key);
    }
  }

  private remove(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.weight -= entry.weight;
    this.entries.delete(key);
  }
}
