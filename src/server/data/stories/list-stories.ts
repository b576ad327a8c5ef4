import { withoutInvisible } from '@/lib/invisible-chars';
import 'server-only';
import { countRows, type RowCounts } from '@/lib/row-counts';
import { getDb } from '../../db';

export interface StoryListItem {
  slug: string;
  title: string;
  articleCount: number;
  outlets: { slug: string; name: string }[];
  firstPublished: Date | null;
  lastPublished: Date | null;
  /** Claim groups (facts and quotes) by status. */
  claims: RowCounts;
}

export async function listStories(): Promise<StoryListItem[]> {
  const db = getDb();
  const [stories, statusCounts] = await Promise.all([
    db.story.findMany({
      // A story whose first import is running, or failed, has no articles yet: not listed (its
      // page still shows the run and, if it failed, why).
      where: { articles: { some: {} } },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        slug: true,
        title: true,
        articles: { select: { publishedAt: true, outlet: { select: { slug: true, name: true } } }, orderBy: { publishedAt: 'asc' } },
      },
    }),
    db.claimGroup.groupBy({ by: ['storyId', 'status'], _count: { _all: true } }),
  ]);
  return stories.map((story) => {
    const outlets = new Map(
      story.articles.map((article) => [article.outlet.slug, { ...article.outlet, name: withoutInvisible(article.outlet.name) }]),
    );
    const claims = countRows(
      statusCounts.filter((row) => row.storyId === story.id),
      (row) => row._count._all,
    );
    return {
      slug: story.slug,
      title: withoutInvisible(story.title),
      articleCount: story.articles.length,
      outlets: [...outlets.values()].sort((a, b) => a.name.localeCompare(b.name)),
      firstPublished: story.articles[0]?.publishedAt ?? null,
      lastPublished: story.articles.at(-1)?.publishedAt ?? null,
      claims,
    };
  });
}
