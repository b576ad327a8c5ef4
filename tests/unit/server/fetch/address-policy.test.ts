import { describe, expect, it } from 'vitest';
import { classifyAddress, hostAllowed, isIpLiteral, parseAllowHosts } from '@/server/fetch/address-policy';

describe('address policy', () => {
  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['127.8.9.10', 'a loopback address'],
    ['10.1.2.3', 'a private-network address'],
    ['172.16.0.1', 'a private-network address'],
    ['172.31.255.255', 'a private-network address'],
    ['192.168.1.1', 'a private-network address'],
    ['169.254.169.254', 'a link-local address (such as a cloud metadata service)'],
    ['100.64.0.1', 'a carrier-grade NAT address'],
    ['0.0.0.0', 'the unspecified address'],
    ['255.255.255.255', 'the broadcast address'],
    ['224.0.0.1', 'a multicast address'],
    ['::1', 'a loopback address'],
    ['[::1]', 'a loopback address'],
    ['::', 'the unspecified address'],
    ['fe80::1', 'a link-local address (such as a cloud metadata service)'],
    ['fc00::1', 'a unique-local (private) IPv6 address'],
    ['fd12:3456::1', 'a unique-local (private) IPv6 address'],
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['::ffff:7f00:1', 'a loopback address'],
    ['::ffff:10.0.0.1', 'a private-network address'],
    ['::ffff:169.254.169.254', 'a link-local address (such as a cloud metadata service)'],
  ])('address policy: %s is refused as %s', (address, range) => {
    expect(classifyAddress(address)).toEqual({ public: false, range });
  });

  it.each(['2002:7f00:1::1', '64:ff9b::a00:1', '2001::1'])(
    'address policy: %s (an IPv6 form that embeds an IPv4 address) is refused',
    (address) => {
      expect(classifyAddress(address).public).toBe(false);
    },
  );

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])(
    'address policy: %s is public',
    (address) => {
      expect(classifyAddress(address)).toEqual({ public: true });
    },
  );

  it('address policy: a name is not an address', () => {
    expect(classifyAddress('localhost').public).toBe(false);
    expect(isIpLiteral('localhost')).toBe(false);
    expect(isIpLiteral('[::1]')).toBe(true);
    expect(isIpLiteral('127.0.0.1')).toBe(true);
  });

  it('address policy: the allow list names hosts and addresses, in any spelling', () => {
    const allow = parseAllowHosts(' 127.0.0.1, Pages.Example.  ,, [::1] ');
    expect(allow).toEqual(['127.0.0.1', 'pages.example', '::1']);
    expect(hostAllowed('127.0.0.1', allow)).toBe(true);
    expect(hostAllowed('::ffff:127.0.0.1', allow)).toBe(true);
    expect(hostAllowed('[0:0:0:0:0:0:0:1]', allow)).toBe(true);
    expect(hostAllowed('PAGES.example', allow)).toBe(true);
    expect(hostAllowed('127.0.0.2', allow)).toBe(false);
    expect(hostAllowed('localhost', allow)).toBe(false);
    expect(parseAllowHosts(undefined)).toEqual([]);
    expect(parseAllowHosts('')).toEqual([]);
  });
});
