import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { classifyAddress, hostAllowed } from './address-policy';
import { FetchRefused } from './fetch-refused';

// The socket's own DNS lookup, with the address check inside it: the name is resolved once,
// every answer is checked, and the socket connects to the checked address. There is no
// second resolution between check and connect, so a DNS answer cannot change in between.

export type Resolver = (host: string) => Promise<LookupAddress[]>;

/** The system resolver, every address (IPv4 and IPv6) in its own order. */
export const systemResolve: Resolver = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

interface PinnedLookupOptions {
  /** The address as the editor gave it, for messages. */
  original: string;
  /** " (redirected to …)" when this request follows a redirect. */
  via: string;
  /** The host is in the allow list: its addresses are not checked. */
  allowed: boolean;
  allowHosts: readonly string[];
  resolve: Resolver;
}

export function pinnedLookup({ original, via, allowed, allowHosts, resolve }: PinnedLookupOptions): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    const checked = resolve(hostname).then((addresses) => {
      if (addresses.length === 0) throw new FetchRefused(original, `the host ${hostname} has no address${via}`);
      if (!allowed && !hostAllowed(hostname, allowHosts)) {
        for (const entry of addresses) {
          const verdict = classifyAddress(entry.address);
          if (!verdict.public)
            throw new FetchRefused(
              original,
              `the host ${hostname} resolves to ${entry.address}, ${verdict.range}, which is never fetched${via}`,
            );
        }
      }
      const family = (lookupOptions as { family?: number }).family;
      return family === 4 || family === 6 ? addresses.filter((entry) => entry.family === family) : addresses;
    });
    checked.then(
      (usable) => {
        if ((lookupOptions as { all?: boolean }).all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
        else callback(null, usable[0]?.address ?? '', usable[0]?.family ?? 4);
      },
      (error: unknown) => {
        const refused = error instanceof FetchRefused ? error : new FetchRefused(original, `the host ${hostname} could not be found${via}`);
        callback(refused as NodeJS.ErrnoException, '', 4);
      },
    );
  };
}
