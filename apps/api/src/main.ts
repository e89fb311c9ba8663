import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { authSettingsFrom, DEMO_LOGINS, DEMO_PASSWORD, localSecret, seedDemoCounty, trustProxyFrom } from '@county/tenancy';
import { seedDemoCatalog } from '@county/catalog';
import { caseWorkerFrom, piiKeyFrom, smsProviderFrom } from '@county/cases';
import { createApp } from './bootstrap/create-app';
import { openDatabase } from './bootstrap/database';
import { demoSeedingFrom, seedsDemo } from './bootstrap/demo-seeding';
import { checkProductionSettings } from './bootstrap/production-settings';
import { installAuditSettings } from './bootstrap/audit-settings';
import { describeStartupError } from './bootstrap/startup-error';

/** With the embedded database, sessions survive restarts because the signing key does too. */
function localJwtSecret(): string | undefined {
  if (process.env.JWT_SECRET || process.env.DATABASE_URL) return undefined;
  return localSecret('.data/jwt-secret');
}

async function main(): Promise<void> {
  checkProductionSettings(process.env);
  const demoSeeding = demoSeedingFrom(process.env);
  const audit = installAuditSettings(process.env);
  const piiKey = piiKeyFrom(process.env);
  const caseEvents = { worker: caseWorkerFrom(process.env), smsProvider: smsProviderFrom(process.env) };
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
  const demo = seedsDemo(demoSeeding, db.embedded);
  let seeded = false;
  let matters = 0;
  try {
    seeded = demo && (await seedDemoCounty(db.ownerUrl));
    matters = demo ? await seedDemoCatalog(db.ownerUrl) : 0;
    const dataSource = await db.appDataSource();
    running.app = await createApp({
      dataSource,
      auth: authSettingsFrom(process.env, localJwtSecret()),
      audit,
      piiKey,
      caseEvents,
      production: process.env.NODE_ENV === 'production',
      trustProxy: trustProxyFrom(process.env.TRUST_PROXY),
    });
    await running.app.listen(port);
  } catch (error) {
    // Leave no Postgres behind a failed start.
    await running.app?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw error;
  }

  console.log(`
县-乡镇-村三级便民服务网络 — county service network platform
  Admin app:  http://localhost:${port}/
  GraphQL:    http://localhost:${port}/graphql
  Database:   ${db.embedded ? 'embedded Postgres (.data/postgres)' : 'DATABASE_URL'}${seeded ? ' — demo county 汉阴县 loaded' : ''}${matters ? ` with ${matters} published matters` : ''}
${demo ? demoLogins() : '  Demo data:  not loaded (SEED_DEMO=1 loads it)'}
Press Ctrl-C to stop.`);
}

function demoLogins(): string {
  return `  Demo logins (password ${DEMO_PASSWORD}):\n${DEMO_LOGINS.map((l) => `    ${l.username.padEnd(14)} ${l.label}`).join('\n')}`;
}

main().catch((error: unknown) => {
  console.error(`The server could not start:\n${describeStartupError(error)}`);
  process.exit(1);
});
