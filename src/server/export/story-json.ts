// The JSON export contract (src/lib/story-export.ts) built from a story's analysis.
import { countRows } from '@/lib/row-counts';
import type { StoryExport } from '@/lib/story-export';
import type { StoryAnalysisDto } from '../data/stories/get-story-analysis';

export function toStoryExport(dto: StoryAnalysisDto, generatedAt: Date): StoryExport {
  return {
    story: { slug: dto.story.slug, title: dto.story.title, revision: dto.story.revision, generatedAt: generatedAt.toISOString() },
    articles: dto.articles.map((article) => ({
      id: article.id,
      sourceFile: article.sourceFile,
      outlet: article.outlet.name,
      headline: article.headline,
      publishedAt: article.publishedAt,
      url: article.url,
      language: article.language,
      wordCount: article.wordCount,
      sourceFamily: article.familyKey,
    })),
    people: dto.people.map((person) => ({ id: person.id, name: person.name, aliases: person.aliases })),
    quotes: dto.quotes.map((quote) => ({
      id: quote.id,
      articleId: quote.articleId,
      speakerId: quote.speakerId,
      speakerLabel: quote.speakerLabel,
      text: quote.text,
      kind: quote.kind,
      verb: quote.verb,
    })),
    // The same counts as every page and the import log.
    counts: countRows(dto.groups),
    claims: dto.groups.map((group) => ({
      id: group.key,
      kind: group.kind,
      status: group.status,
      label: group.label,
      score: group.score,
      mentions: group.members.map((member) => ({
        articleId: member.articleId,
        text: member.text,
        sentenceId: member.sentenceId,
        similarity: member.similarity,
      })),
      divergences: group.divergences.map((divergence) => ({
        kind: divergence.kind,
        detail: divergence.detail,
        score: divergence.score,
        articleIds: [...divergence.articleIds].sort((x, y) => x - y),
      })),
    })),
    events: dto.events.map((event) => ({
      id: event.key,
      date: event.date,
      precision: event.precision,
      label: event.label,
      note: event.note,
      articleIds: [...new Set(event.sources.map((source) => source.articleId))].sort((x, y) => x - y),
    })),
  };
}
