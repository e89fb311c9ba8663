import { Inject, Injectable, SetMetadata } from '@nestjs/common';
import { IPv4, IPv6 } from 'ipaddr.js';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { TenancyError } from '../errors/tenancy.errors';

/** What is limited per client address: logins, public guide reads, public 告知单 PDFs. */
export type RateLimitBucket = 'login' | 'guide' | 'notice';

/** Requests per minute per client address, per bucket. */
export type RateLimitSettings = Record<RateLimitBucket, number>;

export const RATE_LIMIT_SETTINGS = Symbol('RATE_LIMIT_SETTINGS');
export const RATE_LIMIT_KEY = 'county:rate-limit';

/**
 * A township station or a mobile carrier's NAT puts many people behind one address, so the
 * defaults are what a busy hall needs, far below what an attacker needs to hurt the server.
 */
export const RATE_LIMIT_DEFAULTS: RateLimitSettings = { login: 30, guide: 1200, notice: 60 };

const VARIABLES: Record<RateLimitBucket, string> = {
  login: 'RATE_LIMIT_LOGIN_PER_MINUTE',
  guide: 'RATE_LIMIT_GUIDE_PER_MINUTE',
  notice: 'RATE_LIMIT_PDF_PER_MINUTE',
};

/** Settings from RATE_LIMIT_{LOGIN,GUIDE,PDF}_PER_MINUTE, each a positive whole number. */
export function rateLimitsFrom(env: Record<string, string | undefined>): RateLimitSettings {
  const settings = { ...RATE_LIMIT_DEFAULTS };
  for (const bucket of Object.keys(VARIABLES) as RateLimitBucket[]) {
    const raw = env[VARIABLES[bucket]];
    if (raw === undefined || raw === '') continue;
    if (!/^[1-9]\d{0,9}$/.test(raw.trim())) throw new Error(`${VARIABLES[bucket]} must be a positive whole number of requests per minute, not "${raw}"`);
    settings[bucket] = Number(raw.trim());
  }
  return settings;
}

/** Each call of the operation costs one request of `bucket` for its client address (aliases count). */
export const RateLimited = (bucket: RateLimitBucket) => SetMetadata(RATE_LIMIT_KEY, bucket);

/**
 * The key of a client address: IPv4 as is; IPv4 mapped into IPv6 (`::ffff:1.2.3.4`) as its IPv4,
 * so one client has one key; other IPv6 by its /64 in canonical (RFC 5952) form, which one
 * subscriber holds whole (otherwise a single home could rotate through 2^64 keys). What is not an
 * address (`unknown`) is its own key.
 */
export function rateLimitKey(address: string): string {
  if (IPv4.isValidFourPartDecimal(address)) return address;
  if (!IPv6.isValid(address)) return address;
  const ip = IPv6.parse(address);
  if (ip.isIPv4MappedAddress()) return ip.toIPv4Address().toString();
  // toRFC5952String is in ipaddr.js 1.x but not in its declarations; its toString() compresses the first run of zeros, not the longest.
  const network = new IPv6([...ip.parts.slice(0, 4), 0, 0, 0, 0]) as IPv6 & { toRFC5952String(): string };
  return `${network.toRFC5952String()}/64`;
}

/**
 * Per-process fixed windows of one minute, kept in memory (expired keys leave by themselves).
 * Behind a load balancer with N instances a client gets up to N times the limit.
 */
@Injectable()
export class RateLimits {
  private readonly limiters: Record<RateLimitBucket, RateLimiterMemory>;

  constructor(@Inject(RATE_LIMIT_SETTINGS) readonly settings: RateLimitSettings) {
    const limiter = (points: number) => new RateLimiterMemory({ points, duration: 60 });
    this.limiters = { login: limiter(settings.login), guide: limiter(settings.guide), notice: limiter(settings.notice) };
  }

  /** Counts one request; over the limit it throws RATE_LIMITED naming the seconds to wait. */
  async consume(bucket: RateLimitBucket, address: string): Promise<void> {
    try {
      await this.limiters[bucket].consume(rateLimitKey(address));
    } catch (e) {
      if (e instanceof RateLimiterRes) throw TenancyError.RateLimited(Math.max(1, Math.ceil(e.msBeforeNext / 1000)));
      throw e;
    }
  }
}
