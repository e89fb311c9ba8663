import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { NoticeCache, NoticeRenderer } from '@county/catalog';
import { startTestApp, TestApp } from '../testing/test-app';

const CODES = `{ guideSearch(countyCode:"610921", first:8) { nodes { content { implementationCode } } } }`;

async function codesOf(t: TestApp): Promise<string[]> {
  return (await t.gql(CODES)).data.guideSearch.nodes.map((n: { content: { implementationCode: string } }) => n.content.implementationCode);
}

/** The 告知单 is rendered once per county change and day, in a worker thread, with a cap on renderings waiting. */
describe('the public 告知单 PDF from memory, rendered off the event loop', () => {
  let t: TestApp;
  let dir: string;
  let code: string;
  const sheet = () => fetch(`${t.url}/guide/610921/${code}/notice.pdf`);
  const textOf = async (res: Response) => {
    const file = join(dir, `sheet-${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'notice-cache-'));
    t = await startTestApp();
    [code] = await codesOf(t);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the same bytes again without rendering, in a worker thread the first time', async () => {
    const cache = t.app.get(NoticeCache);
    const renderer = t.app.get(NoticeRenderer);
    const first = Buffer.from(await (await sheet()).arrayBuffer());
    const { hits, misses } = cache.statistics();
    const rendered = renderer.statistics().rendered;
    expect(rendered).toBeGreaterThanOrEqual(1);
    const again = await sheet();
    expect(again.status).toBe(200);
    expect(Buffer.from(await again.arrayBuffer()).equals(first)).toBe(true);
    expect(cache.statistics()).toMatchObject({ hits: hits + 1, misses });
    expect(renderer.statistics().rendered).toBe(rendered);
  });

  it('carries an ETag: a phone asking again with it gets 304 and no body, and a changed sheet a new tag', async () => {
    const first = await sheet();
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const revalidated = await fetch(`${t.url}/guide/610921/${code}/notice.pdf`, { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    expect((await revalidated.arrayBuffer()).byteLength).toBe(0);
    t.clock.set(new Date(t.clock.now().getTime() + 86_400_000));
    const nextDay = await fetch(`${t.url}/guide/610921/${code}/notice.pdf`, { headers: { 'if-none-match': etag } });
    expect(nextDay.status).toBe(200);
    expect(nextDay.headers.get('etag')).not.toBe(etag);
  });

  it('prints what the county changed (even in SQL by the owner) and the new day, on the next request', async () => {
    const owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      expect(await textOf(await sheet())).toContain('汉阴县政务服务事项一次性告知单');
      await owner.query(`UPDATE tenant SET name = '汉阴县（测试）' WHERE division_code LIKE '610921%'`);
      expect(await textOf(await sheet())).toContain('汉阴县（测试）政务服务事项一次性告知单');
      await owner.query(`UPDATE tenant SET name = '汉阴县' WHERE division_code LIKE '610921%'`);
    } finally {
      await owner.end();
    }
    const today = t.clock.today();
    expect(await textOf(await sheet())).toContain(`打印日期${today}`);
    t.clock.set(new Date(t.clock.now().getTime() + 86_400_000));
    const tomorrow = t.clock.today();
    expect(tomorrow).not.toBe(today);
    expect(await textOf(await sheet())).toContain(`打印日期${tomorrow}`);
  });
});

describe('the 告知单 renderings waiting are capped', () => {
  let t: TestApp;
  const saved = { threads: process.env.NOTICE_RENDER_THREADS, queue: process.env.NOTICE_RENDER_QUEUE };

  beforeAll(async () => {
    process.env.NOTICE_RENDER_THREADS = '1';
    process.env.NOTICE_RENDER_QUEUE = '1';
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
    for (const [name, value] of [['NOTICE_RENDER_THREADS', saved.threads], ['NOTICE_RENDER_QUEUE', saved.queue]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('beyond one rendering and one waiting, a sheet answers NOTICE_BUSY with Retry-After at once; nothing fails otherwise', async () => {
    const codes = await codesOf(t);
    expect(codes.length).toBeGreaterThanOrEqual(6);
    const answers = await Promise.all(codes.map((c) => fetch(`${t.url}/guide/610921/${c}/notice.pdf`)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    const busy = answers.filter((a) => a.status === 429);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    expect(busy[0].headers.get('retry-after')).toBe('2');
    expect(((await busy[0].json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('NOTICE_BUSY');
    // Once the line is free, the same sheet prints.
    const retried = await fetch(busy[0].url);
    expect(retried.status).toBe(200);
  });
});
