import { withoutInvisible } from '@/lib/invisible-chars';
import 'server-only';
import { getDb } from '../../db';

/** The article's cleaned text and headline, or null (unknown id, or an article of another story). */
export async function getArticleText({
  slug,
  articleId,
}: {
  slug: string;
  articleId: number;
}): Promise<{ headline: string; text: string } | null> {
  const article = await getDb().article.findFirst({
    where: { id: articleId, story: { slug } },
    select: { headline: true, cleanedText: true },
  });
  return article ? { headline: withoutInvisible(article.headline), text: article.cleanedText } : null;
}
