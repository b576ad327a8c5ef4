import 'server-only';
import type { Db } from '../../db';
import { AppError, describeError } from '../../errors';
import type { SafeFetchOptions } from '../../fetch/safe-fetch';
import type { ImportArticleSpec, ImportStoryRequest } from '../import/import-story';
import { type AddressOverrides, type AddressPreview, addressImportSpec, previewOf } from './address-article';
import { MAX_ADDRESSES } from './address-list';
import { type ArticleByAddress, fetchArticleByAddress } from './fetch-article-by-address';

export interface AddressItem {
  url: string;
  overrides?: AddressOverrides;
}

export interface AddressImport {
  request: ImportStoryRequest;
  previews: AddressPreview[];
  fetched: ArticleByAddress[];
}

/** Runs `work` on every item, at most three at a time (pages are up to 5 MB each, and parsed in memory). */
export async function mapFew<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(3, items.length) }, worker));
  return results;
}

/** Fetches every page; the first refusal stops the batch, naming the address, and nothing is stored. */
export async function fetchAll(urls: string[], options: SafeFetchOptions = {}): Promise<ArticleByAddress[]> {
  if (urls.length === 0) throw new AppError('invalid_input', 'Give at least one article address.');
  if (urls.length > MAX_ADDRESSES) throw new AppError('invalid_input', `Give at most ${MAX_ADDRESSES} addresses at a time.`);
  return mapFew(urls, (url) => fetchArticleByAddress(url, options));
}

/**
 * The import request for articles given by address. An address already in the story (as
 * given, after redirects, or as the page's canonical address) keeps its article's source
 * name, so the import replaces it and its earlier text stays as a version.
 */
export async function addressImportRequest(
  db: Db,
  story: { slug: string; title?: string },
  items: AddressItem[],
  options: SafeFetchOptions = {},
): Promise<AddressImport> {
  const fetched = await fetchAll(
    items.map((item) => item.url),
    options,
  );
  const articles: ImportArticleSpec[] = [];
  for (const [index, page] of fetched.entries()) {
    const addresses = [page.url, page.finalUrl, page.article.metadata.canonicalUrl?.value].filter((value): value is string =>
      Boolean(value),
    );
    const existing = await db.article.findFirst({
      where: { story: { slug: story.slug }, url: { in: addresses } },
      select: { sourceFile: true },
    });
    articles.push(addressImportSpec(page, items[index].overrides, existing?.sourceFile));
  }
  return { request: { story, articles }, previews: fetched.map(previewOf), fetched };
}

export interface RefreshPlan {
  request: ImportStoryRequest;
  /** Articles whose page could not be fetched or read this time: left as they are. */
  failures: { sourceFile: string; url: string; reason: string }[];
}

/** Re-fetches every article of a story that has an address, keeping its outlet and date as stored. */
export async function refreshRequest(db: Db, slug: string, options: SafeFetchOptions = {}): Promise<RefreshPlan> {
  const story = await db.story.findUnique({ where: { slug }, select: { id: true } });
  if (!story) throw new AppError('not_found', `No story "${slug}".`);
  const articles = await db.article.findMany({
    where: { storyId: story.id, url: { not: null } },
    select: { sourceFile: true, url: true, publishedAt: true, outlet: { select: { name: true } } },
    orderBy: { id: 'asc' },
  });
  if (articles.length === 0) throw new AppError('invalid_input', `Story "${slug}" has no article with an address to fetch again.`);
  const specs: ImportArticleSpec[] = [];
  const failures: RefreshPlan['failures'] = [];
  for (const article of articles) {
    const url = article.url as string;
    try {
      const page = await fetchArticleByAddress(url, options);
      specs.push(addressImportSpec(page, { outlet: article.outlet.name, publishedAt: article.publishedAt }, article.sourceFile));
    } catch (error) {
      failures.push({ sourceFile: article.sourceFile, url, reason: describeError(error) });
    }
  }
  return { request: { story: { slug }, articles: specs }, failures };
}
