import { randomBytes } from 'node:crypto';
import { ThrottlePolicy } from './login-throttle';

/** Token lifetimes, session and throttling limits; secrets come from the environment or start-up. */
export interface AuthSettings {
  jwtSecret: string;
  accessTokenSeconds: number;
  refreshTokenDays: number;
  /** Active sessions one person may hold; a new login ends the oldest beyond it. */
  maxSessionsPerUser: number;
  throttle: ThrottlePolicy;
}

export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

export function authSettingsFrom(env: NodeJS.ProcessEnv, fallbackSecret?: string): AuthSettings {
  return {
    jwtSecret: env.JWT_SECRET ?? fallbackSecret ?? randomBytes(32).toString('hex'),
    accessTokenSeconds: Number(env.ACCESS_TOKEN_SECONDS ?? 900),
    refreshTokenDays: Number(env.REFRESH_TOKEN_DAYS ?? 7),
    maxSessionsPerUser: Number(env.MAX_SESSIONS_PER_USER ?? 10),
    throttle: {
      addressThreshold: Number(env.LOGIN_ADDRESS_FAILURES ?? 20),
      accountThreshold: Number(env.LOGIN_ACCOUNT_FAILURES ?? 5),
      baseDelaySeconds: 30,
      maxDelaySeconds: 900,
      windowMinutes: 60,
    },
  };
}
