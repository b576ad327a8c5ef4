import { describe, expect, it } from 'vitest';
import { canonicalAddress, isIpAddress } from '@/server/auth/canonical-address';

describe('canonicalAddress (the sign-in lock per client address)', () => {
  it('writes each address one way', () => {
    expect(canonicalAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(canonicalAddress(' 203.0.113.007 ')).toBe('203.0.113.7');
    expect(canonicalAddress('2001:DB8:0:0::1')).toBe('2001:db8::1');
    expect(canonicalAddress('[::1]')).toBe('::1');
    expect(canonicalAddress('unknown')).toBe('unknown');
  });

  it('tells an IP address from anything else', () => {
    for (const address of ['203.0.113.7', '::1', '2001:db8::1', '::ffff:10.0.0.1']) expect(isIpAddress(address), address).toBe(true);
    for (const address of ['unknown', '256.1.1.1', '1.2.3', 'example.org', '1.2.3.4:80', ''])
      expect(isIpAddress(address), address).toBe(false);
  });
});
