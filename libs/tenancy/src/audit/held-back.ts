/** People whose held-back refusals are counted at once per process (see RefusalLog). */
export const HELD_BACK_PEOPLE = 10_000;

/**
 * Refusals held back per person until their next recorded entry, for at most `capacity` people:
 * past that the person held back longest ago leaves (their count is lost, their next entry just
 * carries none), so a script refused under many accounts cannot grow it without bound.
 */
export class HeldBackCounts {
  private readonly counts = new Map<string, number>();

  constructor(private readonly capacity = HELD_BACK_PEOPLE) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`HeldBackCounts needs a positive capacity, not ${capacity}`);
  }

  /** One more refusal of `key` held back. */
  add(key: string): void {
    const count = (this.counts.get(key) ?? 0) + 1;
    // Moves to the newest place: the one held back longest ago leaves first.
    this.counts.delete(key);
    this.counts.set(key, count);
    if (this.counts.size > this.capacity) this.counts.delete(this.counts.keys().next().value as string);
  }

  /** The refusals of `key` held back since its last entry, forgetting them. */
  take(key: string): number {
    const count = this.counts.get(key) ?? 0;
    this.counts.delete(key);
    return count;
  }

  get size(): number {
    return this.counts.size;
  }
}
