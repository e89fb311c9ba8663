import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appDataSource, authSettingsFrom, DEMO_PASSWORD, RateLimitSettings, SettableClock } from '@county/tenancy';
import { AuditSettings } from '@county/tenancy';
import { createTestDatabase, TestDatabase, testAuditSettings } from '@county/tenancy/testing';
import { SmsProvider, TEST_PII_KEY } from '@county/cases';
import { createApp } from '../bootstrap/create-app';

export interface GqlResult<T = any> {
  status: number;
  /** The Retry-After header, when the answer says to come back later (429, 503). */
  retryAfter: string | null;
  data?: T;
  errors?: { message: string; extensions: { code: string; messageZh: string; messageEn: string; [k: string]: unknown } }[];
}

export interface TestApp {
  url: string;
  db: TestDatabase;
  dataSource: DataSource;
  app: INestApplication;
  /** The app's audit key (the fixed test key) and its own checkpoint file. */
  audit: AuditSettings;
  /** The server's clock: starts at the real time; tests set "today" with it. */
  clock: SettableClock;
  /** `headers` add to the request: `x-forwarded-for` names the client address (the test app trusts loopback proxies). */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GqlResult<T>>;
  /** Logs a demo user in and returns the access token. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real API over HTTP on a fresh database holding the demo county 汉阴县 (with its demo
 * catalog) and the neighbouring 石泉县, so every test can check both tenants and villages.
 */
/** Limits no test reaches unless it asks for its own. */
export const TEST_RATE_LIMITS: RateLimitSettings = { login: 100_000, guide: 100_000, notice: 100_000 };

export interface TestAppOptions {
  production?: boolean;
  trustProxy?: boolean | string;
  rateLimits?: RateLimitSettings;
  /** Run the case job worker (off unless asked: most tests never wait for notices). */
  caseWorker?: boolean;
  smsProvider?: SmsProvider;
  /** Serve this database instead of a fresh one: a second replica of the API. Closing it leaves the database. */
  database?: TestDatabase;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  // Seeded once per run by the global setup; cloning it takes a fraction of seeding it.
  const db = options.database ?? (await createTestDatabase({ seeded: true }));
  const dataSource = await appDataSource(db.appUrl, 10).initialize();
  const clock = new SettableClock();
  const audit = testAuditSettings();
  const app = await createApp(
    // Tests act as many clients: they name the client address in X-Forwarded-For, trusted from loopback.
    { dataSource, auth: authSettingsFrom({}, 'test-secret-for-jwt'), production: options.production ?? false,
      audit,
      piiKey: TEST_PII_KEY,
      // Fast polling and retries so tests wait seconds, not minutes.
      caseEvents: { worker: options.caseWorker ?? false, smsProvider: options.smsProvider, pollingSeconds: 0.5, retryDelaySeconds: 1 },
      clock,
      trustProxy: options.trustProxy ?? 'loopback',
      rateLimits: options.rateLimits ?? TEST_RATE_LIMITS,
    },
    '/nonexistent',
  );
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const gql = async (query: string, variables?: Record<string, unknown>, token?: string, headers: Record<string, string> = {}): Promise<GqlResult> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), ...((await res.json()) as object) };
  };
  return {
    url,
    db,
    dataSource,
    app,
    audit,
    clock,
    gql,
    async login(username, password = DEMO_PASSWORD) {
      const r = await gql(`mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){accessToken}}`, { u: username, p: password });
      if (!r.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
      return r.data.login.accessToken;
    },
    async close() {
      await app.close();
      await dataSource.destroy().catch(() => undefined);
      if (!options.database) await db.drop();
    },
  };
}
