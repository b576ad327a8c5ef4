import 'server-only';
import type { StoryExport } from '@/lib/story-export';
import { getDb } from '../../db';

/** The whole analysed story in the export contract's shape, or null for an unknown story. */
export async function getStoryExport({ slug }: { slug: string }): Promise<StoryExport | null> {
  const db = getDb();
  const story = await db.story.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, revision: true } });
  if (!story) return null;
  const storyId = story.id;
  const [articles, people, quotes, groups, events] = await Promise.all([
    db.article.findMany({
      where: { storyId },
      orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true, sourceFile: true, headline: true, publishedAt: true, url: true, language: true, wordCount: true, familyKey: true,
        outlet: { select: { name: true } },
      },
    }),
    db.person.findMany({ where: { storyId }, orderBy: { name: 'asc' }, select: { id: true, name: true, aliases: { select: { alias: true }, orderBy: { alias: 'asc' } } } }),
    db.quote.findMany({
      where: { article: { storyId } },
      orderBy: [{ articleId: 'asc' }, { start: 'asc' }],
      select: { id: true, articleId: true, speakerId: true, speakerLabel: true, text: true, kind: true, verb: true },
    }),
    db.claimGroup.findMany({
      where: { storyId },
      orderBy: [{ status: 'asc' }, { score: 'desc' }, { key: 'asc' }],
      select: {
        key: true, kind: true, status: true, label: true, score: true,
        members: {
          orderBy: { articleId: 'asc' },
          select: { articleId: true, similarity: true, claim: { select: { text: true, sentenceId: true } }, quote: { select: { text: true, sentenceId: true } } },
        },
        divergences: { orderBy: { kind: 'asc' }, select: { kind: true, detail: true, score: true, data: true, members: { select: { member: { select: { articleId: true } } } } } },
      },
    }),
    db.event.findMany({
      where: { storyId },
      orderBy: [{ date: 'asc' }, { key: 'asc' }],
      select: { key: true, date: true, precision: true, label: true, note: true, sources: { select: { articleId: true } } },
    }),
  ]);
  return {
    story: { slug: story.slug, title: story.title, revision: story.revision, generatedAt: new Date().toISOString() },
    articles: articles.map((article) => ({
      id: article.id,
      sourceFile: article.sourceFile,
      outlet: article.outlet.name,
      headline: article.headline,
      publishedAt: article.publishedAt.toISOString(),
      url: article.url,
      language: article.language,
      wordCount: article.wordCount,
      sourceFamily: article.familyKey,
    })),
    people: people.map((person) => ({ id: person.id, name: person.name, aliases: person.aliases.map((row) => row.alias) })),
    quotes,
    claims: groups.map((group) => ({
      id: group.key,
      kind: group.kind,
      status: group.status,
      label: group.label,
      score: group.score,
      mentions: group.members.map((member) => ({
        articleId: member.articleId,
        text: member.claim?.text ?? member.quote?.text ?? '',
        sentenceId: member.claim?.sentenceId ?? member.quote?.sentenceId ?? null,
        similarity: member.similarity,
      })),
      divergences: group.divergences.map((divergence) => ({
        kind: divergence.kind,
        detail: divergence.detail,
        score: divergence.score,
        // An omission involves the articles that leave the fact out as well as those that report it.
        articleIds: [
          ...new Set([
            ...divergence.members.map((row) => row.member.articleId),
            ...((divergence.data as { omittedBy?: number[] }).omittedBy ?? []),
          ]),
        ].sort((x, y) => x - y),
      })),
    })),
    events: events.map((event) => ({
      id: event.key,
      date: event.date,
      precision: event.precision,
      label: event.label,
      note: event.note,
      articleIds: [...new Set(event.sources.map((source) => source.articleId))].sort((x, y) => x - y),
    })),
  };
}
