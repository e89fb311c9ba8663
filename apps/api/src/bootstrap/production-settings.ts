import { SettingsError } from './startup-error';

/** What production cannot run without, and why: nothing here has a safe default. */
export const PRODUCTION_SETTINGS = {
  JWT_SECRET: 'the key that signs access tokens (a long random string, the same on every replica)',
  AUDIT_KEY: 'the key audit entries and checkpoints are sealed with (HMAC-SM3; a long random string, the same on every replica, kept away from the database)',
  PII_KEY: 'the key resident ID numbers and credit codes are encrypted with (SM4) and looked up by (HMAC-SM3): 64 hex characters, the same on every replica, kept away from the database',
  APP_DB_PASSWORD: 'the password of the county_app database role the server logs in as',
  PUBLIC_BASE_URL: 'the address the public reaches the service at (printed on notification sheets)',
} as const;

export type ProductionSetting = keyof typeof PRODUCTION_SETTINGS;

/** The production settings that are unset or blank in `env`. */
export function missingProductionSettings(env: NodeJS.ProcessEnv): ProductionSetting[] {
  return (Object.keys(PRODUCTION_SETTINGS) as ProductionSetting[]).filter((name) => !env[name]?.trim());
}

/**
 * With NODE_ENV=production the server refuses to start while a production setting is missing,
 * rather than fall back to a generated key or a known password; the error names each one.
 */
export function checkProductionSettings(env: NodeJS.ProcessEnv): void {
  if (env.NODE_ENV !== 'production') return;
  const missing = missingProductionSettings(env);
  if (!missing.length) return;
  throw new SettingsError(
    [`NODE_ENV=production needs ${missing.length === 1 ? 'this setting' : 'these settings'}, not set:`, ...missing.map((name) => `  - ${name}: ${PRODUCTION_SETTINGS[name]}`)].join('\n'),
  );
}
