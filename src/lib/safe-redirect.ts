// Where to go after signing in comes from the address bar (`/sign-in?next=…`), so anyone can
// write it into a link. Only a path on this site is followed; anything else goes home.
// Browsers read a backslash as a slash and drop tabs and newlines inside a URL, so
// `/\evil.example` or `/<tab>/evil.example` would leave the site as `//evil.example` does.

export const DEFAULT_AFTER_SIGN_IN = '/';

const BASE = 'http://parallax.invalid';

/** True when `value` is a path on this site: one leading slash, no backslash, no control character, no scheme or host, even after decoding. */
export function isSameOriginPath(value: string): boolean {
  if (!value.startsWith('/') || value.startsWith('//')) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return false; // malformed percent-encoding
  }
  if (/\s/.test(value)) return false;
  for (const candidate of [value, decoded]) {
    if (/[\\\u0000-\u001f\u007f-\u009f]/.test(candidate)) return false;
    if (!candidate.startsWith('/') || candidate.startsWith('//')) return false;
    if (new URL(candidate, BASE).origin !== BASE) return false;
  }
  return true;
}

/** The first value of a `next` parameter when it is a same-site path, else the default. */
export function safeNextPath(value: unknown, fallback = DEFAULT_AFTER_SIGN_IN): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && isSameOriginPath(first) ? first : fallback;
}
