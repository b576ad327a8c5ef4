// The client address the sign-in rate limit counts by. X-Forwarded-For is a list each proxy
// appends to, so only its right end can be believed: everything to the left of the entry our
// trusted proxy appended came from the client and may be invented. This is Express's
// `trust proxy` with one hop: with TRUST_PROXY the client is the rightmost entry, without it
// the peer of the connection, whatever the header says.

/** The entries of an X-Forwarded-For header (possibly repeated), left to right. */
function forwardedEntries(header: string | string[] | null | undefined): string[] {
  const values = Array.isArray(header) ? header : header ? [header] : [];
  return values
    .flatMap((value) => value.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** The client of a request reaching the front server from `peer`. */
export function clientAddress({
  forwardedFor,
  peer,
  trustProxy,
}: {
  forwardedFor: string | string[] | undefined;
  peer: string | undefined;
  trustProxy: boolean;
}): string {
  const appendedByProxy = trustProxy ? forwardedEntries(forwardedFor).at(-1) : undefined;
  return appendedByProxy ?? peer ?? 'unknown';
}

/**
 * Inside Next.js: the address the front server resolved (it sends exactly one). The rightmost
 * entry, so that a client's own header in front of it is never believed.
 */
export function clientAddressOfHeaders(headers: Pick<Headers, 'get'>): string {
  return forwardedEntries(headers.get('x-forwarded-for')).at(-1) ?? 'unknown';
}
