import { HeldBackCounts } from './held-back';

describe('HeldBackCounts', () => {
  it('counts each person’s refusals until they are taken', () => {
    const held = new HeldBackCounts(10);
    held.add('a');
    held.add('a');
    held.add('b');
    expect(held.take('a')).toBe(2);
    expect(held.take('a')).toBe(0);
    expect(held.take('b')).toBe(1);
    expect(held.size).toBe(0);
  });

  it('stays bounded when flooded past its capacity, and still holds back the people refused lately', () => {
    const held = new HeldBackCounts(100);
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 1_000; i++) {
        held.add(`flood-${i}`);
        // A person refused throughout the flood keeps being held back.
        if (i % 50 === 0) held.add('prober');
        expect(held.size).toBeLessThanOrEqual(100);
      }
    }
    expect(held.size).toBe(100);
    expect(held.take('prober')).toBe(5 * 20);
    // The 99 people held back last are there (each left and came back every round, so with its
    // last round's one refusal); those held back longer ago have left.
    expect(held.take('flood-999')).toBe(1);
    expect(held.take('flood-901')).toBe(1);
    expect(held.take('flood-900')).toBe(0);
    expect(held.take('flood-0')).toBe(0);
  });

  it('refuses a capacity that could hold no one', () => {
    expect(() => new HeldBackCounts(0)).toThrow('positive capacity');
  });
});
