import { getDb } from '../../src/server/db';

/** Every stored row of a story that an import writes, for before/after comparisons. */
export async function snapshotStory(slug: string) {
  const db = getDb();
  const story = await db.story.findUnique({ where: { slug } });
  if (!story) return null;
  const articles = await db.article.findMany({ where: { storyId: story.id }, orderBy: { id: 'asc' } });
  const ids = articles.map((article) => article.id);
  const [paragraphs, sentences, outlets] = await Promise.all([
    db.paragraph.findMany({ where: { articleId: { in: ids } }, orderBy: { id: 'asc' } }),
    db.sentence.findMany({ where: { articleId: { in: ids } }, orderBy: { id: 'asc' } }),
    db.outlet.findMany({ orderBy: { id: 'asc' } }),
  ]);
  return { story, articles, paragraphs, sentences, outlets };
}
