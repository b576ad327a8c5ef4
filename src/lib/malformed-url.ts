// A request target the app cannot mean anything by: a NUL byte (PostgreSQL text cannot hold
// one, so a lookup with it fails as a server error) or a path that is not valid
// percent-encoding (Next.js fails to decode it). Both are answered 400 at the door.

/**
 * No page of the app needs a longer address; a longer one only makes answers that repeat it
 * (a sign-in link's return address) grow with it, and Next.js' redirects of client
 * navigations encode it again, past what a header may hold.
 */
export const MAX_URL_LENGTH = 4096;

/** Why `url` (path and query, as sent) is malformed, or null when it is fine. */
export function malformedUrl(url: string): string | null {
  if (url.length > MAX_URL_LENGTH) return `The address is longer than ${MAX_URL_LENGTH} characters.`;
  if (/%00|\u0000/i.test(url)) return 'The address contains a NUL byte (%00).';
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  try {
    decodeURIComponent(path);
  } catch {
    return 'The address is not valid percent-encoding (a % must be followed by two hex digits of UTF-8).';
  }
  return null;
}
