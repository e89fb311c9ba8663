/**
 * `openDatabase({ dataDir })` in a process of its own, for tests (jest's sandbox cannot load the
 * embedded Postgres): prints OPENED={ownerUrl, appUser} once the application role has logged in,
 * and closes on SIGTERM.
 */
import 'reflect-metadata';
import { runTestChild } from '@county/tenancy/testing';
import { openDatabase } from '../bootstrap/database';

runTestChild(async () => {
  const db = await openDatabase({ dataDir: process.argv[2], quiet: true });
  const app = await db.appDataSource(1);
  const [{ appUser }] = await app.query(`SELECT current_user AS "appUser"`);
  return { ready: 'OPENED', value: JSON.stringify({ ownerUrl: db.ownerUrl, appUser }), stop: () => db.close() };
});
