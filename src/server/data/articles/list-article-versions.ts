import { withoutInvisible } from '@/lib/invisible-chars';
import 'server-only';
import { getDb } from '../../db';

export interface ArticleVersionDto {
  version: number;
  fetchedAt: string;
  headline: string;
  url: string | null;
  finalUrl: string | null;
  /** The page's own modification time, when it gave one. */
  pageModified: string | null;
  words: number;
  /** The page as fetched is kept (versions that came from a file have none). */
  hasPage: boolean;
}

export interface ArticleVersionsDto {
  versions: ArticleVersionDto[];
  /** The texts of the two versions compared (older first), when there are two. */
  compared: { from: { version: number; text: string }; to: { version: number; text: string } } | null;
}

/**
 * The versions kept for one article (added by address), and the texts of two of them:
 * `from` and `to` when both exist, else the last two.
 */
export async function listArticleVersions(options: {
  slug: string;
  articleId: number;
  from?: number;
  to?: number;
}): Promise<ArticleVersionsDto> {
  const db = getDb();
  const article = await db.article.findFirst({
    where: { id: options.articleId, story: { slug: options.slug } },
    select: { storyId: true, sourceFile: true },
  });
  if (!article) return { versions: [], compared: null };
  const rows = await db.articleVersion.findMany({
    where: { storyId: article.storyId, sourceFile: article.sourceFile },
    orderBy: { version: 'asc' },
    select: { version: true, fetchedAt: true, headline: true, url: true, finalUrl: true, metadata: true, text: true, contentType: true },
  });
  const versions = rows.map((row) => ({
    version: row.version,
    fetchedAt: row.fetchedAt.toISOString(),
    headline: withoutInvisible(row.headline),
    url: row.url,
    finalUrl: row.finalUrl,
    pageModified: modifiedOf(row.metadata),
    words: row.text.split(/\s+/).filter(Boolean).length,
    hasPage: row.contentType !== null,
  }));
  if (rows.length < 2) return { versions, compared: null };
  const byNumber = new Map(rows.map((row) => [row.version, row]));
  let from = options.from !== undefined ? byNumber.get(options.from) : undefined;
  let to = options.to !== undefined ? byNumber.get(options.to) : undefined;
  if (!from || !to || from.version === to.version) [from, to] = [rows[rows.length - 2], rows[rows.length - 1]];
  if (from.version > to.version) [from, to] = [to, from];
  return { versions, compared: { from: { version: from.version, text: from.text }, to: { version: to.version, text: to.text } } };
}

function modifiedOf(metadata: unknown): string | null {
  const modified = (metadata as { modified?: { value?: { iso?: unknown } } } | null)?.modified?.value?.iso;
  return typeof modified === 'string' ? modified : null;
}
