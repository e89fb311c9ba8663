import { GqlResult, startTestApp, TestApp } from '../testing/test-app';

const MATTERS = `query($f: MattersFilter, $first: Int, $after: String) {
  matters(filter: $f, first: $first, after: $after) { totalCount nodes { id type status } pageInfo { endCursor hasNextPage } } }`;

describe('lists page by cursor', () => {
  let t: TestApp;
  let admin: string;
  const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions.code;

  /** Follows endCursor until hasNextPage is false, collecting every page. */
  async function everyPage(query: string, field: string, variables: Record<string, unknown>, token?: string) {
    const pages: { totalCount: number; nodes: any[] }[] = [];
    let after: string | null = null;
    for (;;) {
      const r: GqlResult = await t.gql(query, { ...variables, after }, token);
      expect(r.errors).toBeUndefined();
      const page: { totalCount: number; nodes: any[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } = r.data[field];
      pages.push(page);
      if (!page.pageInfo.hasNextPage) return pages;
      after = page.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('hy_admin');
  });
  afterAll(() => t?.close());

  it('pages through the catalog with no duplicates and no gaps, the total on every page', async () => {
    const whole = (await t.gql(MATTERS, { first: 100 }, admin)).data.matters;
    expect(whole.totalCount).toBeGreaterThan(30);
    expect(whole.pageInfo.hasNextPage).toBe(false);

    const pages = await everyPage(MATTERS, 'matters', { first: 13 }, admin);
    expect(pages.length).toBe(Math.ceil(whole.totalCount / 13));
    expect(pages.every((p) => p.totalCount === whole.totalCount)).toBe(true);
    expect(pages.slice(0, -1).every((p) => p.nodes.length === 13)).toBe(true);
    const ids = pages.flatMap((p) => p.nodes.map((m) => m.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(whole.nodes.map((m: any) => m.id));
  });

  it('applies filters in SQL: the total and every page count only what matches', async () => {
    const whole = (await t.gql(MATTERS, { first: 100 }, admin)).data.matters.nodes as { id: string; type: string }[];
    const payments = whole.filter((m) => m.type === 'PAYMENT').map((m) => m.id);
    expect(payments.length).toBeGreaterThan(3);
    const pages = await everyPage(MATTERS, 'matters', { f: { type: 'PAYMENT' }, first: 3 }, admin);
    expect(pages[0].totalCount).toBe(payments.length);
    expect(pages.flatMap((p) => p.nodes.map((m) => m.id))).toEqual(payments);
  });

  it('pages the public guide and the audit log the same way', async () => {
    const GUIDE = `query($first: Int, $after: String) { guideSearch(countyCode: "610921", first: $first, after: $after) {
      totalCount nodes { matterId } pageInfo { endCursor hasNextPage } } }`;
    const guide = await everyPage(GUIDE, 'guideSearch', { first: 25 });
    const matterIds = guide.flatMap((p) => p.nodes.map((m) => m.matterId));
    expect(guide.length).toBeGreaterThan(1);
    expect(new Set(matterIds).size).toBe(guide[0].totalCount);

    const AUDIT = `query($first: Int, $after: String) { auditLog(first: $first, after: $after) { totalCount nodes { seq } pageInfo { endCursor hasNextPage } } }`;
    const audit = await everyPage(AUDIT, 'auditLog', { first: 4 }, admin);
    const seqs = audit.flatMap((p) => p.nodes.map((e) => Number(e.seq)));
    expect(seqs.length).toBe(audit[0].totalCount);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('refuses a page over 100 and a malformed cursor with coded errors', async () => {
    expect(codeOf(await t.gql(MATTERS, { first: 101 }, admin))).toBe('PAGE_SIZE_OUT_OF_RANGE');
    expect(codeOf(await t.gql(MATTERS, { first: 0 }, admin))).toBe('PAGE_SIZE_OUT_OF_RANGE');
    expect(codeOf(await t.gql(MATTERS, { first: 10, after: 'bm90IGEgY3Vyc29y' }, admin))).toBe('CURSOR_INVALID');
    const users = await t.gql(`{ users(first: 5, after: "@@@") { totalCount } }`, {}, admin);
    expect(codeOf(users)).toBe('CURSOR_INVALID');
    const r = await t.gql(`{ users(first: 5) { totalCount } }`, {}, admin);
    expect(r.errors).toBeUndefined();
  });
});
