import { clientAddress, trustProxyFrom } from './client-address';

describe('client address', () => {
  it('is Express’s address, IPv4 written plainly, bounded', () => {
    expect(clientAddress({ ip: '::ffff:198.51.100.7' })).toBe('198.51.100.7');
    expect(clientAddress({ ip: '2001:db8::1' })).toBe('2001:db8::1');
    expect(clientAddress({ ip: '::ffff:not-an-ip' })).toBe('::ffff:not-an-ip');
    expect(clientAddress({})).toBe('unknown');
    expect(clientAddress(undefined)).toBe('unknown');
    expect(clientAddress({ ip: 'x'.repeat(200) })).toHaveLength(64);
  });

  it('trusts no proxy unless told', () => {
    expect(trustProxyFrom(undefined)).toBe(false);
    expect(trustProxyFrom(' ')).toBe(false);
    expect(trustProxyFrom('false')).toBe(false);
    expect(trustProxyFrom('TRUE')).toBe(true);
    expect(trustProxyFrom('2')).toBe(2);
    expect(trustProxyFrom('loopback, 10.0.0.0/8')).toEqual(['loopback', '10.0.0.0/8']);
  });
});
