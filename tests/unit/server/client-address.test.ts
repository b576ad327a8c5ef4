import { describe, expect, it } from 'vitest';
import { clientAddress, clientAddressOfHeaders } from '@/server/http/client-address';

describe('client-address', () => {
  it.each([
    ['no proxy trusted: the peer, whatever the header says', '203.0.113.9', false, '198.51.100.1'],
    ['no proxy trusted and no header: the peer', undefined, false, '198.51.100.1'],
    [
      'a trusted proxy: the entry it appended (rightmost), not the spoofed left ones',
      '203.0.113.9, 10.9.9.9, 192.0.2.44',
      true,
      '192.0.2.44',
    ],
    ['a trusted proxy and one entry', '192.0.2.44', true, '192.0.2.44'],
    ['a trusted proxy, headers repeated: the last entry of the last header', ['203.0.113.9', '192.0.2.44 '], true, '192.0.2.44'],
    ['a trusted proxy that sent no header: the peer', undefined, true, '198.51.100.1'],
    ['a trusted proxy that sent an empty header: the peer', ' , ', true, '198.51.100.1'],
  ] as const)('client-address: %s', (_name, forwardedFor, trustProxy, expected) => {
    expect(clientAddress({ forwardedFor: forwardedFor as string | string[] | undefined, peer: '198.51.100.1', trustProxy })).toBe(expected);
  });

  it('client-address: inside the app, the rightmost entry counts (a client cannot put its own in front)', () => {
    expect(clientAddressOfHeaders(new Headers({ 'x-forwarded-for': '203.0.113.9, 192.0.2.44' }))).toBe('192.0.2.44');
    expect(clientAddressOfHeaders(new Headers())).toBe('unknown');
  });
});
