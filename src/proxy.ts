import { type NextRequest, NextResponse } from 'next/server';
import { malformedUrl } from '@/lib/malformed-url';
import { pageCsp } from '@/lib/security-headers';

// A fresh nonce for every page request: Next.js reads the policy from the request headers
// and puts the nonce on the scripts it renders; the browser gets the same policy.
export function proxy(request: NextRequest) {
  // Also checked by the page-cache front (npm start); this covers `npm run dev`.
  const malformed = malformedUrl(request.nextUrl.pathname + request.nextUrl.search);
  if (malformed)
    return new NextResponse(`${malformed} Check the link.\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = pageCsp(nonce, { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Not the API (its answers get the non-page policy from next.config.ts, and a proxy would
  // buffer upload bodies) nor the static files, which get that policy too. The file names are
  // matched whole: `/icon.svg.old` is answered with the 404 page, whose inline scripts need
  // this policy's nonce (so is `/favicon.ico`: the app's icon is icon.svg).
  matcher: ['/((?!api/|_next/static/|_next/image$|icon\\.svg$).*)'],
};
