import 'server-only';
import { getEnv } from '../../env';
import { AppError } from '../../errors';
import { parseAllowHosts } from '../../fetch/address-policy';
import { type FetchedPage, FetchRefused, type SafeFetchOptions, safeFetch } from '../../fetch/safe-fetch';
import { extractArticleInWorker } from '../../workers/analysis-pool';
import type { ExtractedArticle } from './extract-article';

export interface ArticleByAddress {
  /** The address as given, and where the page was finally found. */
  url: string;
  finalUrl: string;
  article: ExtractedArticle;
  /** The page as received (decoded text), stored with the article so the extraction can be redone or audited. */
  rawPage: string;
  contentType: string;
  fetchedAt: Date;
  ms: { fetch: number; extract: number };
}

/**
 * Fetches one article page and extracts the article and its metadata. A plain async
 * function with no database access, so a request, the command line or a queued job can
 * call it; a refusal is an AppError naming the address and the reason.
 */
export async function fetchArticleByAddress(url: string, options: SafeFetchOptions = {}): Promise<ArticleByAddress> {
  const allowHosts = options.allowHosts ?? parseAllowHosts(getEnv().PARALLAX_FETCH_ALLOW_HOSTS);
  let page: FetchedPage;
  try {
    page = await safeFetch(url, { ...options, allowHosts });
  } catch (error) {
    if (error instanceof FetchRefused) throw new AppError('fetch_refused', `Could not add ${error.address}: ${error.reason}.`, { url });
    throw error;
  }
  const t0 = performance.now();
  let article: ExtractedArticle;
  try {
    article = await extractArticleInWorker({ html: page.body, url: page.finalUrl, contentType: page.contentType });
  } catch (error) {
    if (error instanceof Error && error.name === 'ExtractionFailed')
      throw new AppError('fetch_refused', `Could not add ${url}: ${error.message}; paste its text instead.`, { url, status: 422 });
    throw error;
  }
  return {
    url,
    finalUrl: page.finalUrl,
    article,
    rawPage: page.body,
    contentType: page.contentType,
    fetchedAt: new Date(),
    ms: { fetch: page.ms, extract: performance.now() - t0 },
  };
}
