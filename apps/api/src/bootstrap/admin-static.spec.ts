import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import { ASSET_CACHE_CONTROL, PAGE_CACHE_CONTROL, serveAdmin } from './admin-static';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

describe('serving the built admin app and the public guide', () => {
  const script = 'console.log("guide");'.repeat(100);
  let dir: string;
  let server: Server;
  let port: number;

  /** Raw HTTP, so the test says exactly which encodings it accepts and sees the bytes sent. */
  const get = (path: string, acceptEncoding?: string): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'admin-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>admin</title>');
    writeFileSync(join(dir, 'guide.html'), '<!doctype html><title>guide</title>');
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dir, 'assets/guide-Ab12Cd34.js'), script);
    writeFileSync(join(dir, 'assets/guide-Ab12Cd34.js.br'), brotliCompressSync(script));
    writeFileSync(join(dir, 'assets/guide-Ab12Cd34.js.gz'), gzipSync(script));
    const app = express();
    serveAdmin(app, dir);
    app.use((_req, res) => void res.status(418).send('passed through'));
    server = app.listen(0, '127.0.0.1');
    await new Promise((ready) => server.once('listening', ready));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the brotli file to a browser that takes brotli, gzip to one that takes only gzip, the plain file otherwise', async () => {
    const br = await get('/assets/guide-Ab12Cd34.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.equals(brotliCompressSync(script))).toBe(true);
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);

    const gz = await get('/assets/guide-Ab12Cd34.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.equals(gzipSync(script))).toBe(true);

    const plain = await get('/assets/guide-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('caches hashed assets for a year and makes the browser ask again for pages and unhashed files', async () => {
    expect((await get('/assets/guide-Ab12Cd34.js', 'br')).headers['cache-control']).toBe(ASSET_CACHE_CONTROL);
    expect(ASSET_CACHE_CONTROL).toBe('public, max-age=31536000, immutable');
    expect((await get('/favicon.svg')).headers['cache-control']).toBe(PAGE_CACHE_CONTROL);
    expect((await get('/guide/610921')).headers['cache-control']).toBe('no-cache');
    expect((await get('/dashboard')).headers['cache-control']).toBe('no-cache');
  });

  it('answers /guide/… with the guide page and every other page URL with the admin app', async () => {
    expect((await get('/guide/610921')).body.toString()).toContain('<title>guide</title>');
    expect((await get('/guide/610921/11610921MZ02010004000?unit=610921100001')).body.toString()).toContain('<title>guide</title>');
    expect((await get('/')).body.toString()).toContain('<title>admin</title>');
    expect((await get('/catalog/42')).body.toString()).toContain('<title>admin</title>');
    // "/guidelines" is not the guide.
    expect((await get('/guidelines')).body.toString()).toContain('<title>admin</title>');
  });

  it('leaves GraphQL, /api/, documents and probes to the API', async () => {
    for (const path of ['/graphql', '/api/catalog/export', '/guide/610921/11610921MZ02010004000/notice.pdf', '/healthz', '/readyz']) {
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 418 });
    }
  });
});
