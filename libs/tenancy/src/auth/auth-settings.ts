import { randomBytes } from 'node:crypto';

/** Token lifetimes and lockout thresholds; secrets come from the environment or start-up. */
export interface AuthSettings {
  jwtSecret: string;
  accessTokenSeconds: number;
  refreshTokenDays: number;
  maxFailedLogins: number;
  lockoutMinutes: number;
}

export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

export function authSettingsFrom(env: NodeJS.ProcessEnv, fallbackSecret?: string): AuthSettings {
  return {
    jwtSecret: env.JWT_SECRET ?? fallbackSecret ?? randomBytes(32).toString('hex'),
    accessTokenSeconds: Number(env.ACCESS_TOKEN_SECONDS ?? 900),
    refreshTokenDays: Number(env.REFRESH_TOKEN_DAYS ?? 7),
    maxFailedLogins: Number(env.MAX_FAILED_LOGINS ?? 5),
    lockoutMinutes: Number(env.LOCKOUT_MINUTES ?? 15),
  };
}
