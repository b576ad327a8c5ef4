// How many bytes a request body may have, per route. The route handlers stop reading at
// their limit (read-form.ts); the page-cache front applies the same limits while streaming,
// so an oversized body is cut off before it reaches Next.js at all.
import { MAX_ARTICLE_BYTES } from '../services/import/read-article-file';

/** An article upload: one file at the size limit, and room for the form's other fields. */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_ARTICLE_BYTES + 64 * 1024;

/**
 * Any other body: a note (at most 5,000 characters, up to 4 bytes each), a correction (a
 * few keys), a sign-in (a server action; next.config.ts sets the same bodySizeLimit).
 */
export const MAX_CHANGE_REQUEST_BYTES = 64 * 1024;

const UPLOAD_ROUTE = /^\/api\/stories(?:\/[^/?]+\/articles)?\/?(?:\?|$)/;

export function maxRequestBytes(url: string): number {
  return UPLOAD_ROUTE.test(url) ? MAX_UPLOAD_REQUEST_BYTES : MAX_CHANGE_REQUEST_BYTES;
}
