import { DataSource } from 'typeorm';
import { TENANCY_ENTITIES } from './entities';
import { Foundation1732300000000 } from './migrations/1732300000000-foundation';

/** Every migration of the platform, in order. Other domains append theirs here. */
export const MIGRATIONS = [Foundation1732300000000];

let extraMigrations: Function[] = [];
let extraEntities: Function[] = [];

/** Domain libraries register their migrations and entities at import time. */
export function registerSchema(entities: Function[], migrations: Function[]): void {
  extraEntities = [...extraEntities, ...entities];
  extraMigrations = [...extraMigrations, ...migrations];
}

export function allEntities(): Function[] {
  return [...TENANCY_ENTITIES, ...extraEntities];
}

/** Connects as the owner (superuser or schema owner) to run migrations and imports. */
export function ownerDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: allEntities(),
    migrations: [...MIGRATIONS, ...extraMigrations],
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
  });
}

/** Connects as the application role, which owns nothing and is bound by RLS. */
export function appDataSource(url: string, poolSize = 20): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: allEntities(),
    synchronize: false,
    logging: false,
    extra: { max: poolSize },
  });
}

export async function migrate(ownerUrl: string): Promise<string[]> {
  const ds = await ownerDataSource(ownerUrl).initialize();
  try {
    const done = await ds.runMigrations();
    return done.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
