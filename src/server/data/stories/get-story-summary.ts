import 'server-only';
import { getDb } from '../../db';

export interface StorySummary {
  slug: string;
  title: string;
  articleCount: number;
  outletCount: number;
}

/** The little every story page shows in its header. */
export async function getStorySummary({ slug }: { slug: string }): Promise<StorySummary | null> {
  const story = await getDb().story.findUnique({
    where: { slug },
    select: { slug: true, title: true, articles: { select: { outletId: true } } },
  });
  if (!story) return null;
  return { slug: story.slug, title: story.title, articleCount: story.articles.length, outletCount: new Set(story.articles.map((a) => a.outletId)).size };
}
