import { demoSeedingFrom, seedsDemo } from './demo-seeding';
import { SettingsError } from './startup-error';

const decide = (env: NodeJS.ProcessEnv, embedded: boolean) => seedsDemo(demoSeedingFrom(env), embedded);

describe('demo seeding', () => {
  it('loads the demo data into the embedded database and never into DATABASE_URL by default', () => {
    expect(decide({}, true)).toBe(true);
    expect(decide({}, false)).toBe(false);
    expect(decide({ SEED_DEMO: '' }, false)).toBe(false);
  });

  it('SEED_DEMO=1 loads it anywhere; SEED_DEMO=0 nowhere, the embedded database included', () => {
    expect(decide({ SEED_DEMO: '1' }, false)).toBe(true);
    expect(decide({ SEED_DEMO: '1' }, true)).toBe(true);
    expect(decide({ SEED_DEMO: '0' }, true)).toBe(false);
    expect(decide({ SEED_DEMO: '0' }, false)).toBe(false);
  });

  it('refuses a value it does not know rather than guess', () => {
    expect(() => demoSeedingFrom({ SEED_DEMO: 'yes' })).toThrow(SettingsError);
  });
});
