// The security headers of every answer. Pages get a Content-Security-Policy with a fresh
// nonce per request (src/proxy.ts): Next.js puts that nonce on its own inline scripts, so
// no other inline script runs. Everything else (API answers, static files) gets a policy
// that allows nothing, since none of it is a page. next.config.ts adds the static headers.

/** Headers that do not depend on the request. */
export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // For browsers older than CSP's frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
];

/** The policy of an answer that is not a page (JSON, CSV, PDF, static files). */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The policy of a page rendered with `nonce`. */
export function pageCsp(nonce: string, options: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code (error stacks); the production build does not.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Bar widths and the comparison grid's column count are style attributes set by React.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
