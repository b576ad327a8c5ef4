import { type NextRequest, NextResponse } from 'next/server';
import { checkedStoryPageOf, malformedParam, namesStoryValues, unknownStoryValue } from '@/components/story-params/story-page-params';
import { malformedUrl } from '@/lib/malformed-url';
import { pageCsp } from '@/lib/security-headers';
import { getStoryAnalysis } from '@/server/data/stories/get-story-analysis';

/**
 * Whether a page load of a story page has a parameter the page will refuse (it shows the
 * message; the answer must be a 400, which a page cannot set itself). Malformed values are
 * found without the database; an outlet or speaker the story does not have needs its analysis,
 * the same cached copy the page then renders from.
 */
async function hasBadParam(request: NextRequest): Promise<boolean> {
  // Client navigations (RSC payloads) and server actions keep Next.js' own status: a 400 there
  // would make the router fall back to a full page load, which gets the 400 below anyway.
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (request.headers.has('rsc') || request.nextUrl.searchParams.has('_rsc')) return false;
  const target = checkedStoryPageOf(request.nextUrl.pathname);
  if (!target) return false;
  const query = request.nextUrl.searchParams;
  if (malformedParam(target.page, query)) return true;
  if (!namesStoryValues(target.page, query)) return false;
  try {
    const analysis = await getStoryAnalysis({ slug: target.slug });
    return analysis !== null && unknownStoryValue(target.page, query, analysis) !== null;
  } catch {
    return false; // the page meets the same failure and answers it
  }
}

// A fresh nonce for every page request: Next.js reads the policy from the request headers
// and puts the nonce on the scripts it renders; the browser gets the same policy.
export async function proxy(request: NextRequest) {
  // Also checked by the page-cache front (npm start); this covers `npm run dev`.
  const malformed = malformedUrl(request.nextUrl.pathname + request.nextUrl.search);
  if (malformed)
    return new NextResponse(`${malformed} Check the link.\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = pageCsp(nonce, { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  // The page renders as usual, showing what is wrong with a link back; only the status changes
  // (and the page cache stores 200s only, so this answer is never stored).
  // Only a refusal sets the status: any other answer keeps the one the page gives (a 404, a 500).
  const response = (await hasBadParam(request))
    ? NextResponse.next({ request: { headers }, status: 400 })
    : NextResponse.next({ request: { headers } });
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
