/**
 * A lookup whose every answer is at least as new as the call: a caller never gets the result of
 * a query that started before it asked. Callers who ask while a query for the same key is running
 * share the one started when it ends, so a thousand readers a second cost a handful of queries
 * (one per round trip) instead of a thousand, and none of them can miss a change that had
 * committed when it asked.
 */
export class FreshLookup<K, V> {
  private readonly running = new Map<K, Promise<V>>();
  private readonly waiting = new Map<K, Promise<V>>();

  constructor(private readonly query: (key: K) => Promise<V>) {}

  get(key: K): Promise<V> {
    const waiting = this.waiting.get(key);
    if (waiting) return waiting;
    const running = this.running.get(key);
    if (!running) return this.start(key);
    // The running query may have read before this call: the next one starts when it ends.
    const next = running.then(
      () => this.start(key),
      () => this.start(key),
    );
    this.waiting.set(key, next);
    return next;
  }

  private start(key: K): Promise<V> {
    this.waiting.delete(key);
    const query = this.query(key);
    this.running.set(key, query);
    const done = () => {
      if (this.running.get(key) === query) this.running.delete(key);
    };
    query.then(done, done);
    return query;
  }
}
