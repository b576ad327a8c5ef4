import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { withoutInvisible } from '@/lib/invisible-chars';
import { wordCount } from '@/pipeline/text/normalise-space';
import type { ArticleDoc } from '@/pipeline/types';
import { bulkInsert } from '../../database/bulk-insert';
import type { ImportArticleSpec } from './import-story';
import { persistArticleAnalysis } from './persist-analysis';

type Tx = Prisma.TransactionClient;

export interface PersistArticleInput {
  storyId: number;
  outletId: number;
  spec: ImportArticleSpec;
  doc: ArticleDoc;
  /** Words of the cleaned text when already counted (off this thread). */
  words?: number;
}

/** Writes one analysed article (paragraphs and sentences as spans) inside the caller's transaction. */
export async function persistArticle(tx: Tx, input: PersistArticleInput): Promise<number> {
  const { doc, spec } = input;
  const text = doc.text ?? '';
  const paragraphs = doc.paragraphs ?? [];
  const sentences = doc.sentences ?? [];
  const article = await tx.article.create({
    data: {
      storyId: input.storyId,
      outletId: input.outletId,
      sourceFile: spec.file.sourceFile,
      contentHash: spec.file.contentHash,
      // The text keeps its characters (spans point into it); the headline shown alone does not
      // carry bidirectional overrides or zero-width characters that would disguise it.
      headline: withoutInvisible(doc.headline ?? ''),
      publishedAt: spec.publishedAt,
      url: spec.url ?? null,
      evidence: spec.evidence ?? null,
      language: doc.language ?? 'en',
      skippedStages: doc.skipped as unknown as Prisma.InputJsonValue,
      wordCount: input.words ?? wordCount(text),
      rawText: spec.file.rawText,
      cleanedText: text,
    },
    select: { id: true },
  });
  const storedParagraphs = await bulkInsert<{ id: number; index: number }>(tx, {
    table: 'Paragraph',
    columns: { articleId: 'int', index: 'int', kind: { enum: 'ParagraphKind' }, start: 'int', end: 'int' },
    rows: paragraphs.map((paragraph, index) => ({
      articleId: article.id,
      index,
      kind: paragraph.kind,
      start: paragraph.start,
      end: paragraph.end,
    })),
    returning: ['id', 'index'],
  });
  const paragraphIds = new Map(storedParagraphs.map((row) => [row.index, row.id]));
  const storedSentences = await bulkInsert<{ id: number; index: number }>(tx, {
    table: 'Sentence',
    columns: { articleId: 'int', paragraphId: 'int', index: 'int', start: 'int', end: 'int' },
    rows: sentences.map((sentence, index) => ({
      articleId: article.id,
      paragraphId: paragraphIds.get(sentence.paragraphIndex)!,
      index,
      start: sentence.start,
      end: sentence.end,
    })),
    returning: ['id', 'index'],
  });
  const sentenceIds = new Map(storedSentences.map((row) => [row.index, row.id]));
  await persistArticleAnalysis(tx, { storyId: input.storyId, articleId: article.id, doc, sentenceIds });
  return article.id;
}
