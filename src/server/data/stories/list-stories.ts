import 'server-only';
import { getDb } from '../../db';

export interface StoryListItem {
  slug: string;
  title: string;
  articleCount: number;
  outlets: { slug: string; name: string }[];
  firstPublished: Date | null;
  lastPublished: Date | null;
}

export async function listStories(): Promise<StoryListItem[]> {
  const stories = await getDb().story.findMany({
    orderBy: { createdAt: 'asc' },
    select: {
      slug: true,
      title: true,
      articles: { select: { publishedAt: true, outlet: { select: { slug: true, name: true } } }, orderBy: { publishedAt: 'asc' } },
    },
  });
  return stories.map((story) => {
    const outlets = new Map(story.articles.map((article) => [article.outlet.slug, article.outlet]));
    return {
      slug: story.slug,
      title: story.title,
      articleCount: story.articles.length,
      outlets: [...outlets.values()].sort((a, b) => a.name.localeCompare(b.name)),
      firstPublished: story.articles[0]?.publishedAt ?? null,
      lastPublished: story.articles.at(-1)?.publishedAt ?? null,
    };
  });
}
