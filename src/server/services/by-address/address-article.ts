import 'server-only';
import { createHash } from 'node:crypto';
import { AppError } from '../../errors';
import type { ImportArticleSpec } from '../import/import-story';
import { checkOutletName } from '../import/outlet-key';
import { decodeArticleBytes } from '../import/read-article-file';
import type { ArticleByAddress } from './fetch-article-by-address';
import type { PageMetadata } from './page-metadata';

// From a fetched page to an import spec, and the summary shown to the editor (form) or
// printed (command line) before anything is stored.

export interface AddressOverrides {
  outlet?: string;
  headline?: string;
  publishedAt?: Date;
}

/** What was found on one page, for the editor to check and correct. */
export interface AddressPreview {
  url: string;
  finalUrl: string;
  outlet: string | null;
  headline: string;
  authors: string[];
  /** ISO instants with the zone as the page wrote it. */
  published: { iso: string; zone: string | null; text: string } | null;
  modified: { iso: string; zone: string | null; text: string } | null;
  canonicalUrl: string | null;
  language: string | null;
  paywalled: boolean;
  schemaType: string | null;
  /** Where each field came from (json-ld, open-graph, document, address). */
  sources: Record<string, string>;
  paragraphs: number;
  words: number;
  opening: string;
}

export function previewOf(fetched: ArticleByAddress): AddressPreview {
  const { metadata, paragraphs, headline } = fetched.article;
  const sources: Record<string, string> = {};
  for (const key of ['outlet', 'headline', 'authors', 'published', 'modified', 'canonicalUrl', 'language'] as const) {
    const field = metadata[key];
    if (field) sources[key] = field.source;
  }
  return {
    url: fetched.url,
    finalUrl: fetched.finalUrl,
    outlet: metadata.outlet?.value ?? null,
    headline,
    authors: metadata.authors?.value ?? (fetched.article.byline ? [fetched.article.byline] : []),
    published: metadata.published?.value ?? null,
    modified: metadata.modified?.value ?? null,
    canonicalUrl: metadata.canonicalUrl?.value ?? null,
    language: metadata.language?.value ?? null,
    paywalled: metadata.paywalled,
    schemaType: metadata.schemaType,
    sources,
    paragraphs: paragraphs.length,
    words: paragraphs.reduce((sum, paragraph) => sum + paragraph.split(/\s+/).filter(Boolean).length, 0),
    opening: (paragraphs[0] ?? '').slice(0, 300),
  };
}

/**
 * A stable source-file name for an address: the same address always names the same
 * article in a story (so importing it again replaces it and keeps a version), readable
 * host and last path segment, and a hash of the address without its fragment.
 */
export function addressSourceName(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  const last = parsed.pathname.split('/').filter(Boolean).pop() ?? '';
  const stem =
    `${parsed.hostname.replace(/^www\./, '')}-${last.replace(/\.[a-z0-9]{1,5}$/i, '')}`
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'article';
  return `${stem}-${createHash('sha256').update(parsed.href).digest('hex').slice(0, 8)}.html`;
}

/** The import spec for a fetched page: the page's metadata, unless the editor corrected it. */
export function addressImportSpec(fetched: ArticleByAddress, overrides: AddressOverrides = {}, sourceFile?: string): ImportArticleSpec {
  const { article } = fetched;
  const outlet = overrides.outlet ?? article.metadata.outlet?.value;
  if (!outlet) throw new AppError('invalid_input', `${fetched.url}: the page does not say which outlet published it; give the outlet.`);
  const outletProblem = checkOutletName(outlet);
  if (outletProblem) throw new AppError('invalid_input', `${fetched.url}: ${outletProblem}`);
  const published = overrides.publishedAt ?? (article.metadata.published ? new Date(article.metadata.published.value.iso) : undefined);
  if (!published) throw new AppError('invalid_input', `${fetched.url}: the page gives no publication date; give it (e.g. 2021-06-08).`);
  const headline = overrides.headline?.trim() || article.headline;
  const text = [headline, ...article.paragraphs].filter(Boolean).join('\n\n');
  const name = sourceFile ?? addressSourceName(fetched.url);
  const file = decodeArticleBytes(name, Buffer.from(text, 'utf8'));
  return {
    file,
    outlet,
    publishedAt: published,
    url: fetched.url,
    evidence: `Fetched from ${fetched.finalUrl} on ${fetched.fetchedAt.toISOString()}; metadata from the page${describeOverrides(fetched, overrides)}.`,
    page: {
      url: fetched.url,
      finalUrl: fetched.finalUrl,
      rawPage: fetched.rawPage,
      contentType: fetched.contentType,
      fetchedAt: fetched.fetchedAt,
      headline,
      metadata: metadataRecord(article.metadata, article.byline, overrides),
    },
  };
}

/** Which fields differ from what the page said (an editor's correction, or the stored value on a refresh). */
function describeOverrides(fetched: ArticleByAddress, overrides: AddressOverrides): string {
  const { metadata, headline } = fetched.article;
  const corrected = [
    overrides.outlet !== undefined && overrides.outlet !== metadata.outlet?.value ? 'outlet' : null,
    overrides.headline?.trim() && overrides.headline.trim() !== headline ? 'headline' : null,
    overrides.publishedAt && overrides.publishedAt.toISOString() !== metadata.published?.value.iso ? 'publication date' : null,
  ].filter(Boolean);
  return corrected.length > 0 ? `; given rather than read from the page: ${corrected.join(', ')}` : '';
}

function metadataRecord(metadata: PageMetadata, byline: string | null, overrides: AddressOverrides): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify({ ...metadata, byline, overrides: { ...overrides, publishedAt: overrides.publishedAt?.toISOString() } }),
  ) as Record<string, unknown>;
}
