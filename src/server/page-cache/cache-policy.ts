// Which requests the page cache may answer from a stored copy. Only what every anonymous
// reader of a story sees alike: GETs of the story's reading pages, not for an editor (editors
// see their controls: the front checks a session cookie before it answers from the cache), not
// Next.js' client-navigation (RSC) requests, and keyed by everything that changes the bytes
// Next.js sends back (path, the query parameters the page reads, compression).
//
// The query is made canonical: only the parameters the page reads, in a fixed order, one value
// each. That form is both the cache key and the address Next.js is asked for, so a parameter the
// page ignores (`?x=<random>`) can neither change the page nor make every request a render.
import type { IncomingHttpHeaders } from 'node:http';
import { posix } from 'node:path';
import { SESSION_COOKIE } from '../auth/session';
import { cookieValue } from '../http/cookie-value';

/** The story pages the cache may store, one per page file under src/app/stories and src/app/print. */
export type StoryRoute = 'overview' | 'compare' | 'quotes' | 'people' | 'timeline' | 'article' | 'print';

/**
 * The query parameters each story page reads (its `searchParams`), in the order of the
 * canonical query. tests/unit/server/page-cache/cache-policy.test.ts reads the page sources
 * and fails when a page reads a parameter missing here (it would be dropped before Next.js).
 */
export const STORY_PAGE_PARAMS: Record<StoryRoute, readonly string[]> = {
  overview: ['sort', 'show'], // src/app/stories/[slug]/page.tsx
  compare: ['outlets', 'kind', 'page', 'layout', 'why', 'edit'], // src/app/stories/[slug]/compare/page.tsx
  quotes: ['speaker'], // src/app/stories/[slug]/quotes/page.tsx
  people: [], // src/app/stories/[slug]/people/page.tsx
  timeline: ['outlet'], // src/app/stories/[slug]/timeline/page.tsx
  article: ['page', 'from', 'to'], // src/app/stories/[slug]/articles/[articleId]/page.tsx
  print: ['outlets', 'sections'], // src/app/print/[slug]/page.tsx
};

/**
 * Parameters whose repeated values the page joins with commas (`outlets=a&outlets=b` is what
 * a form of checkboxes sends): their values are kept, joined. Any other parameter keeps its
 * first value, as parseParam reads it.
 */
const JOINED_PARAMS: Partial<Record<StoryRoute, readonly string[]>> = { compare: ['outlets'], print: ['outlets', 'sections'] };

// /stories/<slug>, its tabs and its article pages (`new` is the new-story form, not a
// story), and /print/<slug>, the page the PDF export renders (its date is stamped by the
// PDF's footer, not the page).
const STORY_PAGE =
  /^\/(?:stories\/(?!new(?:\/|$))([a-z0-9][a-z0-9-]{0,99})(?:\/(compare|quotes|people|timeline|articles\/\d{1,9}))?|print\/([a-z0-9][a-z0-9-]{0,99}))$/;
/** A canonical query longer than this is not stored (it would only fill the store). */
const MAX_QUERY_LENGTH = 1000;

// Headers Next.js uses to tell a client navigation or a server action from a page load.
const NEXT_REQUEST_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'next-url',
];

/** A request for a story page, which Next.js would render. */
export type StoryRequest = CacheTarget | StoryRender;

export interface CacheTarget {
  kind: 'cacheable';
  /** The story whose revision the stored copy depends on. */
  slug: string;
  key: string;
  /** The canonical address (path and canonical query): what Next.js is asked for on a miss. */
  path: string;
  /** The Accept-Encoding sent on to Next.js, so that the stored copy matches its key. */
  encoding: 'gzip' | 'identity';
  /** The session cookie's value, when one was sent: only a verified editor session passes the cache by. */
  session?: string;
}

/**
 * A story-page request the cache cannot answer (a client navigation or prefetch, a server
 * action, a HEAD, an overlong query): passed on to Next.js as it is, a render counted against
 * its client unless it comes from a verified editor session.
 */
export interface StoryRender {
  kind: 'render';
  slug: string;
  session?: string;
}

function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  const value = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (!q || Number(q.slice(2)) > 0);
  });
}

/** Percent-encoded as a query value, commas kept as they are (outlet lists stay readable). */
const encodeValue = (value: string) => encodeURIComponent(value).replaceAll('%2C', ',');

/** The story page a path is, with its story, or null when it is none of them. */
export function storyRouteOf(pathname: string): { route: StoryRoute; slug: string } | null {
  const match = STORY_PAGE.exec(pathname);
  if (!match) return null;
  if (match[3]) return { route: 'print', slug: match[3] };
  const tab = match[2];
  const route: StoryRoute = !tab ? 'overview' : tab.startsWith('articles/') ? 'article' : (tab as StoryRoute);
  return { route, slug: match[1] };
}

/**
 * The address a story page was asked for in a roundabout spelling (`/stories/%68arbour-fire`,
 * `/stories/x/../harbour-fire`), written plainly; null when it is already plain or is no story
 * page. Next.js decodes such a path before routing, so answering it as it came would pass the
 * page cache and the render limit by (they match the plain spelling): it is redirected to the
 * plain one instead, the same page on the same site.
 */
export function plainStoryAddress(url: string): string | null {
  const queryAt = url.indexOf('?');
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  if (!/%|\/\.{1,2}(?:\/|$)/.test(pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const plain = posix.normalize(decoded);
  if (plain === pathname || !storyRouteOf(plain)) return null;
  const query = queryAt === -1 ? '' : url.slice(queryAt);
  // A header holds printable ASCII only: a query with anything else is left behind.
  return /^[\x21-\x7e]*$/.test(query) ? `${plain}${query}` : plain;
}

/** The query `route` is rendered from: its parameters only, in their fixed order, one value each. */
export function canonicalQuery(route: StoryRoute, query: string): string {
  const given = new URLSearchParams(query);
  const joined = JOINED_PARAMS[route] ?? [];
  const kept: string[] = [];
  for (const name of STORY_PAGE_PARAMS[route]) {
    const values = given.getAll(name);
    if (values.length === 0) continue;
    kept.push(`${name}=${encodeValue(joined.includes(name) ? values.join(',') : values[0])}`);
  }
  return kept.join('&');
}

/** What the front does with a request for a story page; null for any other request (passed on untouched). */
export function storyRequestOf(request: { method?: string; url?: string; headers: IncomingHttpHeaders }): StoryRequest | null {
  if (!request.url) return null;
  const queryAt = request.url.indexOf('?');
  const pathname = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  const page = storyRouteOf(pathname);
  if (!page) return null;
  const session = cookieValue(request.headers.cookie, SESSION_COOKIE);
  const render: StoryRender = { kind: 'render', slug: page.slug, ...(session ? { session } : {}) };
  if (request.method !== 'GET') return render;
  const query = queryAt === -1 ? '' : request.url.slice(queryAt + 1);
  if (new URLSearchParams(query).has('_rsc')) return render;
  if (NEXT_REQUEST_HEADERS.some((name) => request.headers[name] !== undefined)) return render;
  const canonical = canonicalQuery(page.route, query);
  if (canonical.length > MAX_QUERY_LENGTH) return render;
  const path = canonical ? `${pathname}?${canonical}` : pathname;
  const encoding = acceptsGzip(request.headers['accept-encoding']) ? 'gzip' : 'identity';
  return { kind: 'cacheable', slug: page.slug, key: `${encoding} ${path}`, path, encoding, ...(session ? { session } : {}) };
}

/** The cache entry this request may be answered from, or null when it must reach Next.js. */
export function cacheTargetOf(request: { method?: string; url?: string; headers: IncomingHttpHeaders }): CacheTarget | null {
  const story = storyRequestOf(request);
  return story?.kind === 'cacheable' ? story : null;
}
