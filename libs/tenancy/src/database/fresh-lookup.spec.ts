import { FreshLookup } from './fresh-lookup';

/** A query the test finishes by hand, recording when each started. */
function manualQueries() {
  const started: { key: string; finish: (value: number) => void; fail: (e: Error) => void }[] = [];
  const query = (key: string) => new Promise<number>((finish, fail) => started.push({ key, finish, fail }));
  return { started, query };
}

const tick = () => new Promise((done) => setImmediate(done));

describe('FreshLookup', () => {
  it('never answers a caller with a query that started before it asked', async () => {
    const { started, query } = manualQueries();
    const lookup = new FreshLookup(query);
    const first = lookup.get('610921');
    expect(started).toHaveLength(1);
    // Asked while the first query runs: it may have read before this caller's change committed.
    const second = lookup.get('610921');
    const third = lookup.get('610921');
    expect(started).toHaveLength(1);
    started[0].finish(1);
    expect(await first).toBe(1);
    await tick();
    expect(started).toHaveLength(2);
    started[1].finish(2);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
  });

  it('shares one query among everyone waiting, per key', async () => {
    const { started, query } = manualQueries();
    const lookup = new FreshLookup(query);
    const a = [lookup.get('a'), lookup.get('a'), lookup.get('a'), lookup.get('a')];
    const b = lookup.get('b');
    expect(started.map((s) => s.key)).toEqual(['a', 'b']);
    started[0].finish(10);
    started[1].finish(20);
    await tick();
    expect(started.map((s) => s.key)).toEqual(['a', 'b', 'a']);
    started[2].finish(11);
    expect(await Promise.all(a)).toEqual([10, 11, 11, 11]);
    expect(await b).toBe(20);
  });

  it('starts afresh after a failure and passes the failure to those who shared it', async () => {
    const { started, query } = manualQueries();
    const lookup = new FreshLookup(query);
    const first = lookup.get('x');
    started[0].fail(new Error('down'));
    await expect(first).rejects.toThrow('down');
    const again = lookup.get('x');
    expect(started).toHaveLength(2);
    started[1].finish(5);
    expect(await again).toBe(5);
  });

  it('runs the next query even when the running one fails', async () => {
    const { started, query } = manualQueries();
    const lookup = new FreshLookup(query);
    const first = lookup.get('x');
    const second = lookup.get('x');
    started[0].fail(new Error('down'));
    await expect(first).rejects.toThrow('down');
    await tick();
    started[1].finish(7);
    expect(await second).toBe(7);
  });
});
