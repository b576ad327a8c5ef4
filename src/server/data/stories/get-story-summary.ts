import 'server-only';
import { getDb } from '../../db';

export interface StorySummary {
  slug: string;
  title: string;
  articleCount: number;
  outletCount: number;
  outlets: { slug: string; name: string }[];
}

/** The little every story page shows in its header. */
export async function getStorySummary({ slug }: { slug: string }): Promise<StorySummary | null> {
  const story = await getDb().story.findUnique({
    where: { slug },
    select: { slug: true, title: true, articles: { orderBy: { publishedAt: 'asc' }, select: { outlet: { select: { slug: true, name: true } } } } },
  });
  if (!story) return null;
  const outlets = [...new Map(story.articles.map((article) => [article.outlet.slug, article.outlet])).values()];
  return { slug: story.slug, title: story.title, articleCount: story.articles.length, outletCount: outlets.length, outlets };
}
