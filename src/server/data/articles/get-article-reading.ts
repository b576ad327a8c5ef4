import { withoutInvisible } from '@/lib/invisible-chars';
import 'server-only';
import { getDb } from '../../db';
import type { ArticleDto } from '../stories/get-story-analysis';

// One article as published (its cleaned text) with every span the annotated reader needs:
// paragraphs, sentences, quotes and claims. The text is sliced from these offsets, never
// re-typed. Cross-article judgements (groups, divergences) come from getStoryAnalysis.

export type ParagraphKindDto = 'headline' | 'standfirst' | 'bullet' | 'body' | 'caption' | 'subhead' | 'transcript';

export interface ReadingParagraphDto {
  id: number;
  index: number;
  kind: ParagraphKindDto;
  start: number;
  end: number;
}

export interface ReadingSentenceDto {
  id: number;
  index: number;
  paragraphId: number;
  start: number;
  end: number;
}

export interface ReadingQuoteDto {
  id: number;
  sentenceId: number | null;
  start: number;
  end: number;
  speakerName: string | null;
  speakerLabel: string | null;
  verb: string | null;
  kind: 'direct' | 'partial' | 'according_to' | 'transcript';
}

export interface ReadingClaimDto {
  id: number;
  sentenceId: number;
}

/** The article's row as every page shows it (ArticleDto), with what the reader needs on top. */
export interface ArticleReadingDto extends ArticleDto {
  storySlug: string;
  cleanedText: string;
  paragraphs: ReadingParagraphDto[];
  sentences: ReadingSentenceDto[];
  quotes: ReadingQuoteDto[];
  claims: ReadingClaimDto[];
}

/** The article of this story with its spans, or null (unknown id, or an article of another story). */
export async function getArticleReading({ slug, articleId }: { slug: string; articleId: number }): Promise<ArticleReadingDto | null> {
  const article = await getDb().article.findFirst({
    where: { id: articleId, story: { slug } },
    select: {
      id: true,
      sourceFile: true,
      headline: true,
      publishedAt: true,
      url: true,
      language: true,
      wordCount: true,
      familyKey: true,
      skippedStages: true,
      cleanedText: true,
      story: { select: { slug: true } },
      outlet: { select: { slug: true, name: true } },
      paragraphs: { orderBy: { index: 'asc' }, select: { id: true, index: true, kind: true, start: true, end: true } },
      sentences: { orderBy: { index: 'asc' }, select: { id: true, index: true, paragraphId: true, start: true, end: true } },
      quotes: {
        orderBy: { start: 'asc' },
        select: {
          id: true,
          sentenceId: true,
          start: true,
          end: true,
          speakerLabel: true,
          verb: true,
          kind: true,
          speaker: { select: { name: true } },
        },
      },
      claims: { orderBy: { start: 'asc' }, select: { id: true, sentenceId: true } },
    },
  });
  if (!article) return null;
  const { story, publishedAt, skippedStages, quotes, headline, outlet, ...rest } = article;
  return {
    ...rest,
    // Shown as the page's title and byline: invisible characters removed here, not in the stored
    // text (spans point into it). An outlet or headline stored before the import removed them keeps them.
    headline: withoutInvisible(headline),
    outlet: { ...outlet, name: withoutInvisible(outlet.name) },
    storySlug: story.slug,
    publishedAt: publishedAt.toISOString(),
    skippedStages: Array.isArray(skippedStages) ? (skippedStages as ArticleReadingDto['skippedStages']) : [],
    quotes: quotes.map(({ speaker, ...quote }) => ({ ...quote, speakerName: speaker?.name ?? null })),
  };
}
