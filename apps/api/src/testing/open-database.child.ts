/**
 * `openDatabase({ dataDir })` in a process of its own, for tests (jest's sandbox cannot load the
 * embedded Postgres): prints OPENED={ownerUrl, appUser} once the application role has logged in,
 * and closes on SIGTERM.
 */
import 'reflect-metadata';
import { openDatabase } from '../bootstrap/database';

async function main(): Promise<void> {
  const db = await openDatabase({ dataDir: process.argv[2], quiet: true });
  const app = await db.appDataSource(1);
  const [{ appUser }] = await app.query(`SELECT current_user AS "appUser"`);
  process.on('SIGTERM', () => void db.close().finally(() => process.exit(0)));
  console.log(`OPENED=${JSON.stringify({ ownerUrl: db.ownerUrl, appUser })}`);
}

main().catch((error: unknown) => {
  console.log(`ERROR=${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
