import { decodeCursor, encodeCursor, keysetCondition, pageSize } from './connection';

describe('keyset paging', () => {
  it('round-trips a cursor and refuses a malformed or foreign one', () => {
    const cursor = encodeCursor(['cgz_clerk', '6f1c']);
    expect(decodeCursor(cursor, 2)).toEqual(['cgz_clerk', '6f1c']);
    expect(() => decodeCursor('not a cursor', 2)).toThrow(expect.objectContaining({ code: 'CURSOR_INVALID' }));
    expect(() => decodeCursor(cursor, 3)).toThrow(expect.objectContaining({ code: 'CURSOR_INVALID' }));
    expect(() => decodeCursor(encodeCursor([1 as unknown as string, 'x']), 2)).toThrow(expect.objectContaining({ code: 'CURSOR_INVALID' }));
  });

  it('caps the page size', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(expect.objectContaining({ code: 'PAGE_SIZE_OUT_OF_RANGE' }));
    expect(() => pageSize(0)).toThrow(expect.objectContaining({ code: 'PAGE_SIZE_OUT_OF_RANGE' }));
  });

  it('continues after the last row, each key in its own direction', () => {
    const params: unknown[] = ['filter'];
    const sql = keysetCondition([{ column: 'seq', desc: true }, { column: 'id' }], ['42', 'b'], params);
    expect(sql).toBe('((p."seq" < $2) OR (p."seq" = $2 AND p."id" > $3))');
    expect(params).toEqual(['filter', '42', 'b']);
  });
});
