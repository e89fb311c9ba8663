import { HashingSlots } from './password-hasher';

describe('hashing slots', () => {
  const held = () => {
    let release!: () => void;
    const done = new Promise<void>((r) => (release = r));
    return { done, release };
  };

  it('runs at most `concurrency` at once, the rest in arrival order', async () => {
    const slots = new HashingSlots(2, 10);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const gates = Array.from({ length: 6 }, held);
    const all = gates.map((g, i) =>
      slots.run(async () => {
        running++;
        most = Math.max(most, running);
        order.push(i);
        await g.done;
        running--;
        return i;
      }),
    );
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual([0, 1]);
    expect(slots.queued).toBe(4);
    for (const g of gates) g.release();
    expect(await Promise.all(all)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(slots.queued).toBe(0);
  });

  it('answers LOGIN_BUSY at once when the line is full, and frees the slot after a failure', async () => {
    const slots = new HashingSlots(1, 1);
    const gate = held();
    const first = slots.run(() => gate.done);
    const second = slots.run(async () => 'second');
    await expect(slots.run(async () => 'third')).rejects.toMatchObject({ code: 'LOGIN_BUSY', details: { retryAfterSeconds: 1 } });
    gate.release();
    await first;
    expect(await second).toBe('second');
    await expect(slots.run(async () => Promise.reject(new Error('argon2 failed')))).rejects.toThrow('argon2 failed');
    expect(await slots.run(async () => 'after')).toBe('after');
  });
});
