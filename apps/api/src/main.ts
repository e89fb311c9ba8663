import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { authSettingsFrom, DEMO_LOGINS, DEMO_PASSWORD, seedDemoCounty, trustProxyFrom } from '@county/tenancy';
import { seedDemoCatalog } from '@county/catalog';
import { createApp } from './bootstrap/create-app';
import { openDatabase } from './bootstrap/database';
import { describeStartupError } from './bootstrap/startup-error';

/** With the embedded database, sessions survive restarts because the signing key does too. */
function localJwtSecret(): string | undefined {
  if (process.env.JWT_SECRET || process.env.DATABASE_URL) return undefined;
  const file = '.data/jwt-secret';
  if (!existsSync(file)) {
    mkdirSync('.data', { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const db = await openDatabase();
  const running: { app?: INestApplication } = {};
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await running.app?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  if (db.applied.length) console.log(`Applied migrations: ${db.applied.join(', ')}`);
  const seeded = await seedDemoCounty(db.ownerUrl);
  const matters = await seedDemoCatalog(db.ownerUrl);
  const dataSource = await db.appDataSource();
  const app = (running.app = await createApp({
    dataSource,
    auth: authSettingsFrom(process.env, localJwtSecret()),
    production: process.env.NODE_ENV === 'production',
    trustProxy: trustProxyFrom(process.env.TRUST_PROXY),
  }));
  await app.listen(port);

  console.log(`
县-乡镇-村三级便民服务网络 — county service network platform
  Admin app:  http://localhost:${port}/
  GraphQL:    http://localhost:${port}/graphql
  Database:   ${db.embedded ? 'embedded Postgres (.data/postgres)' : 'DATABASE_URL'}${seeded ? ' — demo county 汉阴县 loaded' : ''}${matters ? ` with ${matters} published matters` : ''}
  Demo logins (password ${DEMO_PASSWORD}):
${DEMO_LOGINS.map((l) => `    ${l.username.padEnd(14)} ${l.label}`).join('\n')}
Press Ctrl-C to stop.`);
}

main().catch((error: unknown) => {
  console.error(`The server could not start:\n${describeStartupError(error)}`);
  process.exit(1);
});
