import ipaddr from 'ipaddr.js';

// Which network addresses the server may fetch pages from. Pure (no DNS, no environment),
// so every range is unit-tested. Only ordinary public unicast addresses pass: a page address
// must never reach the server's own loopback, the private network it sits in, or a cloud
// metadata service (169.254.169.254) on an editor's say-so.

export type AddressVerdict = { public: true } | { public: false; range: string };

/** The verdict on one IP address (IPv4 or IPv6 text, brackets allowed); anything unparsable is not public. */
export function classifyAddress(address: string): AddressVerdict {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return { public: false, range: 'not an IP address' };
  let parsed = ipaddr.parse(bare);
  // ::ffff:127.0.0.1 reaches 127.0.0.1: judge the IPv4 address inside.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  // 'unicast' is ipaddr.js's name for every address outside the special-purpose registries
  // (loopback, private, link-local, unique-local, carrier-grade NAT, multicast, reserved,
  // and the IPv6 forms that embed an IPv4 address: 6to4, Teredo, NAT64, which could hide a private one).
  if (range === 'unicast') return { public: true };
  return { public: false, range: describeRange(range) };
}

const RANGE_NAMES: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private-network address',
  linkLocal: 'a link-local address (such as a cloud metadata service)',
  uniqueLocal: 'a unique-local (private) IPv6 address',
  unspecified: 'the unspecified address',
  carrierGradeNat: 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
};

function describeRange(range: string): string {
  return RANGE_NAMES[range] ?? `a special-purpose address (${range})`;
}

/** PARALLAX_FETCH_ALLOW_HOSTS: host names or addresses, comma-separated, compared lower-case without brackets. */
export function parseAllowHosts(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => normaliseHost(entry))
    .filter((entry) => entry.length > 0);
}

export function normaliseHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
}

/** True when the host (a name or an address) is named in the allow list. */
export function hostAllowed(host: string, allowHosts: readonly string[]): boolean {
  const normalised = normaliseHost(host);
  if (allowHosts.includes(normalised)) return true;
  // An allowed address also allows its other spellings (::ffff:127.0.0.1 for 127.0.0.1).
  if (!ipaddr.isValid(normalised)) return false;
  const canonical = canonicalAddress(normalised);
  return allowHosts.some((entry) => ipaddr.isValid(entry) && canonicalAddress(entry) === canonical);
}

function canonicalAddress(address: string): string {
  const parsed = ipaddr.process(address); // IPv4-mapped IPv6 becomes IPv4
  return parsed.toNormalizedString();
}

/** True when the host part of a URL is an IP literal rather than a name. */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(normaliseHost(host));
}
