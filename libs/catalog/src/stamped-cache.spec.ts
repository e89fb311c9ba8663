import { StampedCache } from './stamped-cache';

/** A computation the test settles by hand, counting how often it was started. */
function deferred<V>() {
  let resolve!: (v: V) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<V>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('StampedCache', () => {
  it('serves an entry only for the stamp it was computed at', async () => {
    const cache = new StampedCache<string, string>({ capacity: 10 });
    let computed = 0;
    const compute = (v: string) => async () => {
      computed++;
      return v;
    };
    expect(await cache.get('k', 'g1', compute('first'))).toBe('first');
    expect(await cache.get('k', 'g1', compute('unused'))).toBe('first');
    expect(await cache.get('k', 'g2', compute('second'))).toBe('second');
    expect(await cache.get('k', 'g2', compute('unused'))).toBe('second');
    // An older stamp is not served from the newer entry either.
    expect(await cache.get('k', 'g1', compute('again'))).toBe('again');
    expect(computed).toBe(3);
    expect(cache.statistics()).toEqual({ entries: 1, weight: 1, hits: 2, misses: 3 });
  });

  it('lets concurrent misses for one key share one computation', async () => {
    const cache = new StampedCache<string, number>({ capacity: 10 });
    const pending = deferred<number>();
    let started = 0;
    const compute = () => {
      started++;
      return pending.promise;
    };
    const a = cache.get('k', 's', compute);
    const b = cache.get('k', 's', compute);
    pending.resolve(7);
    expect(await Promise.all([a, b])).toEqual([7, 7]);
    expect(started).toBe(1);
  });

  it('keeps no failure', async () => {
    const cache = new StampedCache<string, number>({ capacity: 10 });
    await expect(cache.get('k', 's', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', 's', async () => 2)).toBe(2);
    expect(cache.statistics()).toMatchObject({ entries: 1, misses: 2, hits: 0 });
  });

  it('keeps at most `capacity` entries, the least recently used leaving first', async () => {
    const cache = new StampedCache<number, number>({ capacity: 3 });
    for (let i = 0; i < 3; i++) await cache.get(i, 's', async () => i);
    await cache.get(0, 's', async () => -1); // 0 is read again: 1 is now the oldest
    for (let i = 3; i < 100; i++) await cache.get(i, 's', async () => i);
    expect(cache.statistics()).toMatchObject({ entries: 3, weight: 3 });
    expect(await cache.get(99, 's', async () => -1)).toBe(99);
    expect(await cache.get(0, 's', async () => -1)).toBe(-1);
  });

  it('evicts the oldest in favour of the most recently read', async () => {
    const cache = new StampedCache<string, string>({ capacity: 2 });
    await cache.get('a', 's', async () => 'a');
    await cache.get('b', 's', async () => 'b');
    await cache.get('a', 's', async () => 'stale');
    await cache.get('c', 's', async () => 'c');
    expect(await cache.get('a', 's', async () => 'recomputed')).toBe('a');
    expect(await cache.get('b', 's', async () => 'recomputed')).toBe('recomputed');
  });

  it('with `weigh`, bounds the total weight of resolved entries', async () => {
    const cache = new StampedCache<number, string>({ capacity: 10, weigh: (v) => v.length });
    for (let i = 0; i < 20; i++) await cache.get(i, 's', async () => 'xxxx');
    expect(cache.statistics()).toMatchObject({ entries: 2, weight: 8 });
    // One heavier than the whole budget does not stay either.
    await cache.get(100, 's', async () => 'x'.repeat(11));
    expect(cache.statistics().weight).toBeLessThanOrEqual(10);
    expect(await cache.get(100, 's', async () => 'again')).toBe('again');
  });

  it('with `weigh`, shares a computation still pending even on a spent budget', async () => {
    const cache = new StampedCache<string, string>({ capacity: 0, weigh: (v) => v.length });
    const pending = deferred<string>();
    let started = 0;
    const compute = () => {
      started++;
      return pending.promise;
    };
    const a = cache.get('k', 's', compute);
    const b = cache.get('k', 's', compute);
    pending.resolve('abc');
    await Promise.all([a, b]);
    expect(started).toBe(1);
    expect(cache.statistics()).toMatchObject({ entries: 0, weight: 0 });
  });

  it('with capacity 0 and no `weigh`, keeps nothing', async () => {
    const cache = new StampedCache<string, number>({ capacity: 0 });
    let computed = 0;
    await cache.get('k', 's', async () => ++computed);
    await cache.get('k', 's', async () => ++computed);
    expect(computed).toBe(2);
    expect(cache.statistics()).toEqual({ entries: 0, weight: 0, hits: 0, misses: 2 });
  });
});
