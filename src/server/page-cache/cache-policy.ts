// Which requests the page cache may answer from a stored copy. Only what every anonymous
// reader of a story sees alike: GETs of the story's reading pages, not for an editor (editors
// see their controls: the front checks a session cookie before it answers from the cache), not Next.js' client-navigation (RSC) requests, and keyed by
// everything that changes the bytes Next.js sends back (path, query, compression).
import type { IncomingHttpHeaders } from 'node:http';
import { SESSION_COOKIE } from '../auth/session';
import { cookieValue } from '../http/cookie-value';

export interface CacheTarget {
  /** The story whose revision the stored copy depends on. */
  slug: string;
  key: string;
  /** The Accept-Encoding sent on to Next.js, so that the stored copy matches its key. */
  encoding: 'gzip' | 'identity';
  /** The session cookie's value, when one was sent: only a verified editor session passes the cache by. */
  session?: string;
}

// /stories/<slug>, its tabs and its article pages (`new` is the new-story form, not a
// story), and /print/<slug>, the page the PDF export renders (its date is stamped by the
// PDF's footer, not the page).
const STORY_PAGE =
  /^\/(?:stories\/(?!new(?:\/|$))([a-z0-9][a-z0-9-]{0,99})(?:\/(?:compare|quotes|people|timeline|articles\/\d{1,9}))?|print\/([a-z0-9][a-z0-9-]{0,99}))$/;
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

function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  const value = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (!q || Number(q.slice(2)) > 0);
  });
}

/** The cache entry this request may be answered from, or null when it must reach Next.js. */
export function cacheTargetOf(request: { method?: string; url?: string; headers: IncomingHttpHeaders }): CacheTarget | null {
  if (request.method !== 'GET' || !request.url) return null;
  const queryAt = request.url.indexOf('?');
  const pathname = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : request.url.slice(queryAt + 1);
  const match = STORY_PAGE.exec(pathname);
  if (!match || query.length > MAX_QUERY_LENGTH) return null;
  if (new URLSearchParams(query).has('_rsc')) return null;
  if (NEXT_REQUEST_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  const session = cookieValue(request.headers.cookie, SESSION_COOKIE);
  const encoding = acceptsGzip(request.headers['accept-encoding']) ? 'gzip' : 'identity';
  return { slug: match[1] ?? match[2], key: `${encoding} ${request.url}`, encoding, ...(session ? { session } : {}) };
}
