import { splitTable, TablePart } from './table-split';

const rows = (n: number, h = 20) => Array.from({ length: n }, () => h);
const sizes = (parts: TablePart[]) => parts.map((p) => p.to - p.from);

describe('keeping a table together', () => {
  it('leaves a table that fits where it is', () => {
    expect(splitTable(rows(5), { space: 200, page: 700, head: 40 })).toEqual([{ newPage: false, from: 0, to: 5 }]);
  });

  it('moves a table that fits on a page but not on the rest of this one to a new page whole', () => {
    expect(splitTable(rows(10), { space: 200, page: 700, head: 40 })).toEqual([{ newPage: true, from: 0, to: 10 }]);
  });

  it('moves the table whole when the block after it would not fit beside it', () => {
    expect(splitTable(rows(5), { space: 200, page: 700, head: 40, tail: 80 })).toEqual([{ newPage: true, from: 0, to: 5 }]);
  });

  it('breaks a table taller than a page between rows, every part with at least two rows', () => {
    // 40 rows of 20 under a 40 head: 30 rows fit on a fresh page of 640.
    const parts = splitTable(rows(40), { space: 100, page: 640, head: 40 });
    expect(parts[0]).toEqual({ newPage: false, from: 0, to: 3 });
    expect(parts.slice(1).every((p) => p.newPage)).toBe(true);
    expect(sizes(parts)).toEqual([3, 30, 7]);
    expect(parts.at(-1)!.to).toBe(40);
  });

  it('never leaves only the header or a single row on the page before', () => {
    // Room for the head and one row only: the table starts on the next page.
    const parts = splitTable(rows(40), { space: 70, page: 640, head: 40 });
    expect(parts[0]).toEqual({ newPage: true, from: 0, to: 30 });
    expect(sizes(parts)).toEqual([30, 10]);
  });

  it('never carries a single row alone to the next page', () => {
    // 31 rows: 30 would fit on the first page, leaving one; two go over instead.
    expect(sizes(splitTable(rows(31), { space: 640, page: 640, head: 40 }))).toEqual([29, 2]);
  });

  it('carries the last two rows over with the block that must follow them', () => {
    // All 30 rows fit on the page, the signature block does not: two rows go with it.
    const parts = splitTable(rows(30), { space: 640, page: 640, head: 40, tail: 60 });
    expect(sizes(parts)).toEqual([28, 2]);
    expect(parts[1].newPage).toBe(true);
  });
});
