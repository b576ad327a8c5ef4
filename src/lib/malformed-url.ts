// A request target the app cannot mean anything by: a NUL byte (PostgreSQL text cannot hold
// one, so a lookup with it fails as a server error) or a path that is not valid
// percent-encoding (Next.js fails to decode it). Both are answered 400 at the door.

/** Why `url` (path and query, as sent) is malformed, or null when it is fine. */
export function malformedUrl(url: string): string | null {
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
