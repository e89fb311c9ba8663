import { DomainError } from '../errors/domain-error';
import { rateLimitKey, RateLimits, rateLimitsFrom, RATE_LIMIT_DEFAULTS } from './rate-limits';

describe('rate limits', () => {
  it('reads each bucket from its variable and refuses what is not a positive whole number', () => {
    expect(rateLimitsFrom({})).toEqual(RATE_LIMIT_DEFAULTS);
    expect(rateLimitsFrom({ RATE_LIMIT_LOGIN_PER_MINUTE: '5', RATE_LIMIT_PDF_PER_MINUTE: ' 7 ' })).toEqual({ ...RATE_LIMIT_DEFAULTS, login: 5, notice: 7 });
    for (const bad of ['0', '-3', '1.5', 'many']) {
      expect(() => rateLimitsFrom({ RATE_LIMIT_GUIDE_PER_MINUTE: bad })).toThrow('RATE_LIMIT_GUIDE_PER_MINUTE');
    }
  });

  it('keys IPv4 as is', () => {
    expect(rateLimitKey('203.0.113.9')).toBe('203.0.113.9');
    expect(rateLimitKey('10.0.0.1')).not.toBe(rateLimitKey('10.0.0.2'));
  });

  it('keys an IPv4-mapped IPv6 address as its IPv4, however it is written', () => {
    expect(rateLimitKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(rateLimitKey('::FFFF:cb00:7109')).toBe('203.0.113.9');
    expect(rateLimitKey('0:0:0:0:0:ffff:203.0.113.9')).toBe('203.0.113.9');
  });

  it('keys other IPv6 by its /64 in canonical form, however it is written', () => {
    expect(rateLimitKey('::1')).toBe('::/64');
    expect(rateLimitKey('2001:db8::1')).toBe('2001:db8::/64');
    expect(rateLimitKey('2001:DB8:0:0:1::1')).toBe('2001:db8::/64');
    expect(rateLimitKey('2001:db8::ffff')).toBe('2001:db8::/64');
    expect(rateLimitKey('2001:db8:0:1:aaaa::1')).toBe('2001:db8:0:1::/64');
    expect(rateLimitKey('2001:0DB8:0000:0001:ffff:0:0:2')).toBe('2001:db8:0:1::/64');
    expect(rateLimitKey('fe80::1%eth0')).toBe('fe80::/64');
    // A neighbouring /64 is another subscriber.
    expect(rateLimitKey('2001:db8:0:2::1')).toBe('2001:db8:0:2::/64');
  });

  it('keys what does not parse as the raw string', () => {
    for (const raw of ['unknown', '', '2001:db8:::1', '1.2.3.4.5', '300.1.1.1', 'gggg::1']) expect(rateLimitKey(raw)).toBe(raw);
  });

  it('answers RATE_LIMITED with the wait once an address has used its minute, and keeps buckets and addresses apart', async () => {
    const limits = new RateLimits({ login: 2, guide: 3, notice: 1 });
    await limits.consume('login', '203.0.113.9');
    await limits.consume('login', '203.0.113.9');
    const refused = await limits.consume('login', '203.0.113.9').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', kind: 'limit' });
    const wait = (refused as DomainError).details.retryAfterSeconds as number;
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    await expect(limits.consume('guide', '203.0.113.9')).resolves.toBeUndefined();
    await expect(limits.consume('login', '203.0.113.10')).resolves.toBeUndefined();
  });
});
