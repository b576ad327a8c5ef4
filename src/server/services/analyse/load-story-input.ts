import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { StoryClaim, StoryInput, StoryQuote } from '@/pipeline/cross-article/types';
import type { QuoteKind } from '@/pipeline/quotes/model';
import { groupCorrectionOf } from '../../corrections/group-correction-data';
import { groupSorted, readInPages } from '../../database/read-in-pages';

type Tx = Prisma.TransactionClient;

const QUOTE_KIND: Record<string, QuoteKind> = {
  direct: 'direct',
  partial: 'partial',
  according_to: 'according-to',
  transcript: 'transcript',
};

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** Reads a story's stored per-article analysis back into the cross-article stages' input. */
export async function loadStoryInput(tx: Tx, storyId: number): Promise<StoryInput> {
  const inStory = { article: { storyId } };
  const byStart = (a: { start: number; id: number }, b: { start: number; id: number }) => a.start - b.start || a.id - b.id;
  const byIndex = (a: { index: number }, b: { index: number }) => a.index - b.index;
  // Rows of a large article are read in pages (see read-in-pages.ts), then grouped per article.
  const paragraphRows = await readInPages((afterId, take) =>
    tx.paragraph.findMany({
      where: { ...inStory, id: { gt: afterId } },
      orderBy: { id: 'asc' },
      take,
      select: { id: true, articleId: true, index: true, start: true, end: true, kind: true },
    }),
  );
  const sentenceRows = await readInPages((afterId, take) =>
    tx.sentence.findMany({
      where: { ...inStory, id: { gt: afterId } },
      orderBy: { id: 'asc' },
      take,
      select: { id: true, articleId: true, index: true, start: true, end: true, paragraphId: true },
    }),
  );
  const claimRows = await readInPages((afterId, take) =>
    tx.claim.findMany({
      where: { ...inStory, id: { gt: afterId } },
      orderBy: { id: 'asc' },
      take,
      select: {
        id: true,
        articleId: true,
        sentenceId: true,
        start: true,
        end: true,
        text: true,
        numbers: true,
        dates: true,
        personKeys: true,
      },
    }),
  );
  const quoteRows = await readInPages((afterId, take) =>
    tx.quote.findMany({
      where: { ...inStory, id: { gt: afterId } },
      orderBy: { id: 'asc' },
      take,
      select: {
        id: true,
        articleId: true,
        sentenceId: true,
        start: true,
        end: true,
        text: true,
        speakerLabel: true,
        verb: true,
        kind: true,
        speaker: { select: { key: true } },
      },
    }),
  );
  const paragraphsOf = groupSorted(paragraphRows, (row) => row.articleId, byIndex);
  const sentencesOf = groupSorted(sentenceRows, (row) => row.articleId, byIndex);
  const claimsOf = groupSorted(claimRows, (row) => row.articleId, byStart);
  const quotesOf = groupSorted(quoteRows, (row) => row.articleId, byStart);
  const articles = (
    await tx.article.findMany({
      where: { storyId },
      orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        sourceFile: true,
        headline: true,
        publishedAt: true,
        cleanedText: true,
        language: true,
        outlet: { select: { name: true } },
      },
    })
  ).map((article) => ({
    ...article,
    paragraphs: paragraphsOf.get(article.id) ?? [],
    sentences: sentencesOf.get(article.id) ?? [],
    claims: claimsOf.get(article.id) ?? [],
    quotes: quotesOf.get(article.id) ?? [],
  }));
  const people = await tx.person.findMany({ where: { storyId }, select: { key: true, name: true } });
  const corrections = await tx.correction.findMany({
    // An undone correction (from the story's history) no longer constrains the alignment.
    where: { storyId, kind: { in: ['split_group', 'merge_groups'] }, undoneAt: null },
    orderBy: { id: 'asc' },
    select: { kind: true, data: true },
  });
  return {
    people,
    corrections: corrections.flatMap((row) => groupCorrectionOf(row.kind, row.data) ?? []),
    articles: articles.map((article) => {
      const paragraphIndex = new Map(article.paragraphs.map((paragraph, index) => [paragraph.id, index]));
      const sentenceIndex = new Map(article.sentences.map((sentence) => [sentence.id, sentence.index]));
      const sentenceParagraph = new Map(
        article.sentences.map((sentence) => [sentence.index, paragraphIndex.get(sentence.paragraphId) ?? 0]),
      );
      const claims: StoryClaim[] = article.claims.map((claim) => {
        const index = sentenceIndex.get(claim.sentenceId) ?? 0;
        return {
          id: claim.id,
          articleId: article.id,
          sentenceIndex: index,
          start: claim.start,
          end: claim.end,
          text: claim.text,
          paragraphKind: article.paragraphs[sentenceParagraph.get(index) ?? 0]?.kind ?? 'body',
          quantities: claim.numbers as unknown as StoryClaim['quantities'],
          dates: claim.dates as unknown as StoryClaim['dates'],
          personKeys: claim.personKeys,
        };
      });
      const quotes: StoryQuote[] = article.quotes.map((quote) => ({
        id: quote.id,
        articleId: article.id,
        sentenceIndex: quote.sentenceId ? (sentenceIndex.get(quote.sentenceId) ?? 0) : 0,
        start: quote.start,
        end: quote.end,
        text: quote.text,
        speakerKey: quote.speaker?.key ?? null,
        speakerLabel: quote.speakerLabel,
        verb: quote.verb,
        kind: QUOTE_KIND[quote.kind],
      }));
      return {
        id: article.id,
        sourceFile: article.sourceFile,
        outlet: article.outlet.name,
        publishedOn: dayOf(article.publishedAt),
        headline: article.headline,
        text: article.cleanedText,
        language: article.language,
        paragraphs: article.paragraphs.map(({ start, end, kind }) => ({ start, end, kind })),
        sentences: article.sentences.map((sentence) => ({
          start: sentence.start,
          end: sentence.end,
          paragraphIndex: paragraphIndex.get(sentence.paragraphId) ?? 0,
        })),
        claims,
        quotes,
      };
    }),
  };
}
