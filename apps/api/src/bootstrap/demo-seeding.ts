import { SettingsError } from './startup-error';

/**
 * When start-up loads the demo data (demo county, the `platform` operator, the published demo
 * password): by default only into the embedded development database, never into one named by
 * DATABASE_URL. `SEED_DEMO=1` loads it anywhere; `SEED_DEMO=0` nowhere.
 */
export type DemoSeeding = 'embedded-only' | 'always' | 'never';

export function demoSeedingFrom(env: NodeJS.ProcessEnv): DemoSeeding {
  const value = env.SEED_DEMO?.trim();
  if (!value) return 'embedded-only';
  if (value === '1') return 'always';
  if (value === '0') return 'never';
  throw new SettingsError(`SEED_DEMO is "${value}": set 1 to load the demo data, 0 not to, or leave it unset (only the embedded database)`);
}

export function seedsDemo(seeding: DemoSeeding, embedded: boolean): boolean {
  return seeding === 'always' || (seeding === 'embedded-only' && embedded);
}
