import { NextResponse, type NextRequest } from 'next/server';
import { pageCsp } from '@/lib/security-headers';

// A fresh nonce for every page request: Next.js reads the policy from the request headers
// and puts the nonce on the scripts it renders; the browser gets the same policy.
export function proxy(request: NextRequest) {
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
  // buffer upload bodies) nor the static files.
  matcher: ['/((?!api/|_next/static/|_next/image|favicon.ico|icon.svg).*)'],
};
