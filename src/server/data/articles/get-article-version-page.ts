import 'server-only';
import { getDb } from '../../db';

/** The page as it was fetched for one version of an article (for audit), or null. */
export async function getArticleVersionPage({
  slug,
  articleId,
  version,
}: {
  slug: string;
  articleId: number;
  version: number;
}): Promise<{ rawPage: string; finalUrl: string | null; fetchedAt: Date } | null> {
  const db = getDb();
  const article = await db.article.findFirst({ where: { id: articleId, story: { slug } }, select: { storyId: true, sourceFile: true } });
  if (!article) return null;
  const row = await db.articleVersion.findUnique({
    where: { storyId_sourceFile_version: { storyId: article.storyId, sourceFile: article.sourceFile, version } },
    select: { rawPage: true, finalUrl: true, fetchedAt: true },
  });
  return row?.rawPage ? { rawPage: row.rawPage, finalUrl: row.finalUrl, fetchedAt: row.fetchedAt } : null;
}
