import { getDb } from '../../src/server/db';

/** Every stored row of a story that an import writes, for before/after comparisons. */
export async function snapshotStory(slug: string) {
  const db = getDb();
  const story = await db.story.findUnique({ where: { slug } });
  if (!story) return null;
  const articles = await db.article.findMany({ where: { storyId: story.id }, orderBy: { id: 'asc' } });
  const ids = articles.map((article) => article.id);
  const byArticle = { where: { articleId: { in: ids } }, orderBy: { id: 'asc' as const } };
  const byStory = { where: { storyId: story.id }, orderBy: { id: 'asc' as const } };
  const [paragraphs, sentences, outlets, quotes, claims, mentions, people, groups, events, framing, runs] = await Promise.all([
    db.paragraph.findMany(byArticle),
    db.sentence.findMany(byArticle),
    db.outlet.findMany({ orderBy: { id: 'asc' } }),
    db.quote.findMany(byArticle),
    db.claim.findMany(byArticle),
    db.mention.findMany(byArticle),
    db.person.findMany({ where: { storyId: story.id }, orderBy: { id: 'asc' }, include: { aliases: { orderBy: { id: 'asc' } } } }),
    db.claimGroup.findMany({
      ...byStory,
      include: { members: { orderBy: { id: 'asc' } }, divergences: { orderBy: { id: 'asc' }, include: { members: true } } },
    }),
    db.event.findMany({ ...byStory, include: { sources: { orderBy: { sentenceId: 'asc' } } } }),
    db.framingTerm.findMany(byStory),
    db.analysisRun.findMany(byStory),
  ]);
  return { story, articles, paragraphs, sentences, outlets, quotes, claims, mentions, people, groups, events, framing, runs };
}
