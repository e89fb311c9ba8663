import { ApolloServer } from '@apollo/server';
import { buildSchema, parse } from 'graphql';
import { queryDepth, queryLimitsPlugin } from './query-limits.plugin';

describe('queryDepth', () => {
  const depth = (q: string, op?: string) => queryDepth(parse(q), op);

  it('counts nested selections', () => {
    expect(depth(`{ a }`)).toBe(1);
    expect(depth(`{ a { b { c } } d }`)).toBe(3);
    expect(depth(`{ x: a { y: b { z: c { d } } } }`)).toBe(4);
  });

  it('follows named fragments, also fragments inside fragments', () => {
    expect(depth(`{ a { ...F } } fragment F on T { b { c } }`)).toBe(3);
    expect(depth(`{ a { ...F } } fragment F on T { b { ...G } } fragment G on T { c { d { e } } }`)).toBe(5);
    // A fragment spread at the top does not add a level of its own.
    expect(depth(`{ ...Q } fragment Q on Query { a { b } }`)).toBe(2);
  });

  it('follows inline fragments without counting them as a level', () => {
    expect(depth(`{ a { ... on T { b { ... on U { c } } } } }`)).toBe(3);
  });

  it('counts the deepest branch, wherever the fragment is spread', () => {
    const q = `{ shallow { x } deep { ...D } } fragment D on T { a { b { c { d } } } }`;
    expect(depth(q)).toBe(5);
  });

  it('does not count __typename', () => {
    expect(depth(`{ a { __typename } }`)).toBe(1);
  });

  it('measures only the named operation when one is given, else the deepest', () => {
    const q = `query Flat { a } query Deep { a { b { c } } }`;
    expect(depth(q, 'Flat')).toBe(1);
    expect(depth(q, 'Deep')).toBe(3);
    expect(depth(q)).toBe(3);
  });

  it('terminates on fragment cycles (which validation rejects anyway)', () => {
    // a → A: b → B: c → (A again: not followed) = three levels.
    const q = `{ a { ...A } } fragment A on T { b { ...B } } fragment B on T { c { ...A } }`;
    expect(depth(q)).toBe(3);
  });

  it('ignores unknown fragments instead of failing', () => {
    expect(depth(`{ a { ...Missing } }`)).toBe(1);
  });

  it('measures each fragment once: a 2 KB query spreading fragments 2^40 times is quick', () => {
    const started = Date.now();
    expect(depth(doublingFragments(40, 'T', 'a { b }'))).toBe(2);
    expect(Date.now() - started).toBeLessThan(500);
  });
});

/** `{ ...F0 }` where each fragment spreads the next one twice: tiny text, 2^n leaves. */
function doublingFragments(n: number, type: string, leaf: string): string {
  const fragments = Array.from({ length: n }, (_, i) =>
    i < n - 1 ? `fragment F${i} on ${type} { ...F${i + 1} ...F${i + 1} }` : `fragment F${i} on ${type} { ${leaf} }`,
  );
  return `{ ...F0 }\n${fragments.join('\n')}`;
}

describe('queryLimitsPlugin', () => {
  const schema = buildSchema(`
    type Node { id: ID! child: Node }
    type Query { node: Node }
  `);
  let resolved = 0;
  const node = (): any => {
    resolved++;
    return { id: '1', child: node };
  };
  let server: ApolloServer;

  beforeAll(async () => {
    server = new ApolloServer({
      schema,
      rootValue: { node },
      plugins: [queryLimitsPlugin(() => schema, { maxDepth: 4, maxComplexity: 20, maxListCost: 100_000 })],
    });
    await server.start();
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    resolved = 0;
  });

  const run = async (query: string) => {
    const res = await server.executeOperation({ query });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return { status: res.http.status, ...res.body.singleResult };
  };
  const nested = (levels: number) => `{ node ${'{ child '.repeat(levels - 2)}{ id }${' }'.repeat(levels - 2)} }`;

  it('lets a query at the depth limit run', async () => {
    const r = await run(nested(4));
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ node: { child: { child: { id: '1' } } } });
  });

  it('refuses one level more with QUERY_TOO_DEEP and HTTP 400, running no resolver', async () => {
    const r = await run(nested(5));
    expect(r.status).toBe(400);
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 5, maxDepth: 4 });
    expect(r.errors?.[0].extensions?.messageEn).toBe('Query is too deep (5, limit 4)');
    expect(resolved).toBe(0);
  });

  it('sees depth hidden in fragments', async () => {
    const r = await run(`{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { child { id } } }`);
    expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(resolved).toBe(0);
  });

  it('refuses a wide but shallow query with QUERY_TOO_COMPLEX, running no resolver', async () => {
    const wide = `{ ${Array.from({ length: 11 }, (_, i) => `n${i}: node { id }`).join(' ')} }`;
    const r = await run(wide);
    expect(r.status).toBe(400);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', complexity: 22, maxComplexity: 20 });
    expect(resolved).toBe(0);
    const narrower = `{ ${Array.from({ length: 10 }, (_, i) => `n${i}: node { id }`).join(' ')} }`;
    expect((await run(narrower)).errors).toBeUndefined();
    expect(resolved).toBe(10);
  });

  it('answers a query too large to even count with QUERY_TOO_COMPLEX, not an internal error', async () => {
    const started = Date.now();
    const r = await run(doublingFragments(30, 'Query', 'node { id }'));
    expect(r.status).toBe(400);
    expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(resolved).toBe(0);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
