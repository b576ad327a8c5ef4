// How a client address is written in the sign-in rate limit's keys, and what an operator
// may give to lift an address's lock.
import ipaddr from 'ipaddr.js';

const DOTTED_DECIMAL = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * One spelling per client address, so that the operator's "203.0.113.7" is the address a
 * connection reported as "::ffff:203.0.113.7", and "2001:DB8::0:1" is "2001:db8::1".
 * Anything that is not an IP address ("unknown") is kept as it is.
 */
export function canonicalAddress(address: string): string {
  const bare = address.trim().replace(/^\[(.*)\]$/, '$1');
  const dotted = DOTTED_DECIMAL.exec(bare);
  if (dotted) {
    const parts = dotted.slice(1).map((part) => Number.parseInt(part, 10));
    return parts.every((part) => part <= 255) ? parts.join('.') : bare;
  }
  return ipaddr.IPv6.isValid(bare) ? ipaddr.process(bare).toString() : bare;
}

/** True when `address` is an IPv4 (dotted decimal) or IPv6 address. */
export function isIpAddress(address: string): boolean {
  const canonical = canonicalAddress(address);
  if (DOTTED_DECIMAL.test(canonical)) return canonical.split('.').every((part) => Number(part) <= 255);
  return ipaddr.IPv6.isValid(canonical);
}

/** True for an IPv4 address in dotted decimal. */
export const isDottedDecimal = (address: string) => DOTTED_DECIMAL.test(address);
