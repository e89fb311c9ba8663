import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo, createServer, Server, Socket, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { appDataSource, authSettingsFrom, DEMO_PASSWORD } from '@county/tenancy';
import { createTestDatabase, TestDatabase, testAuditSettings } from '@county/tenancy/testing';
import { createApp } from './create-app';
import { CONTENT_SECURITY_POLICY } from './security-headers';

/** A TCP relay in front of Postgres: closing it is Postgres going down, for this app only. */
async function relay(target: URL): Promise<{ port: number; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => (client.destroy(), upstream.destroy()));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    stop: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

describe('operations: probes, security headers, database down', () => {
  let db: TestDatabase;
  let pg: Awaited<ReturnType<typeof relay>>;
  let dataSource: DataSource;
  let app: INestApplication;
  let url: string;
  let adminDir: string;

  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { res, body: (await res.json()) as { data?: any; errors?: { extensions: Record<string, unknown> }[] } };
  };
  const login = async () =>
    gql(`mutation($u:String!,$p:String!){ login(input:{username:$u,password:$p}){ accessToken } }`, { u: 'hy_admin', p: DEMO_PASSWORD });
  const owner = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const c = new Client({ connectionString: db.ownerUrl });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows;
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase({ seeded: true });
    const appUrl = new URL(db.appUrl);
    pg = await relay(new URL(db.appUrl));
    appUrl.hostname = '127.0.0.1';
    appUrl.port = String(pg.port);
    dataSource = await appDataSource(appUrl.toString(), 4).initialize();
    adminDir = mkdtempSync(join(tmpdir(), 'admin-'));
    writeFileSync(join(adminDir, 'index.html'), '<!doctype html><div id="root"></div>');
    app = await createApp({ dataSource, auth: authSettingsFrom({}, 'test-secret-for-jwt'), audit: testAuditSettings(), production: false }, adminDir);
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await app.close();
    await dataSource.destroy().catch(() => undefined);
    await pg.stop();
    await db.drop();
    rmSync(adminDir, { recursive: true, force: true });
  });

  it('every response carries the security headers and no X-Powered-By: GraphQL, the admin app, probes', async () => {
    const responses = [
      (await login()).res,
      await fetch(`${url}/`),
      await fetch(`${url}/catalog/matters`),
      await fetch(`${url}/healthz`),
      await fetch(`${url}/api/catalog/export.xlsx`),
    ];
    expect(await responses[1].text()).toContain('id="root"');
    for (const res of responses) {
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self' 'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' data:");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('/healthz answers ok; /readyz answers ready, or 503 NOT_READY naming a migration that has not run', async () => {
    const health = await fetch(`${url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });

    const [row] = await owner<{ id: number; timestamp: string; name: string }>(`DELETE FROM migrations WHERE name = 'ReadinessGrant1732700000000' RETURNING *`);
    try {
      const notReady = await fetch(`${url}/readyz`);
      expect(notReady.status).toBe(503);
      expect(((await notReady.json()) as any).errors[0].extensions).toMatchObject({ code: 'NOT_READY', kind: 'unavailable', missing: ['ReadinessGrant1732700000000'] });
    } finally {
      await owner(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [row.id, row.timestamp, row.name]);
    }
  });

  it('with Postgres down, GraphQL answers the coded SERVICE_UNAVAILABLE (not INTERNAL) with HTTP 503, /readyz 503 and /healthz still 200', async () => {
    const token = (await login()).body.data.login.accessToken as string;
    expect((await gql(`{ me { id } }`, {}, token)).res.status).toBe(200);
    await pg.stop();

    const me = await gql(`{ me { id } }`, {}, token);
    expect(me.body.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', kind: 'unavailable' });
    expect(me.res.status).toBe(503);
    const again = await login();
    expect(again.body.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(again.res.status).toBe(503);
    const guide = await gql(`{ guideSearch(countyCode:"610921", first:5){ nodes { version } } }`);
    expect(guide.body.errors?.[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(guide.res.status).toBe(503);

    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as any).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
