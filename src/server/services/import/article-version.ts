import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { withoutInvisible } from '@/lib/invisible-chars';

type Tx = Prisma.TransactionClient;

/** The page an article's text was extracted from, kept as a version of the article. */
export interface ArticlePageRecord {
  url: string;
  finalUrl: string;
  rawPage: string;
  contentType: string;
  fetchedAt: Date;
  headline: string;
  /** The page's own metadata, as found (JSON). */
  metadata: Record<string, unknown>;
}

interface StoreVersionInput {
  storyId: number;
  sourceFile: string;
  contentHash: string;
  text: string;
  page: ArticlePageRecord;
  /** The article this import replaces, when it had no version yet (it came from a file): kept as version 1. */
  replaced: { contentHash: string; headline: string; rawText: string; url: string | null; createdAt: Date } | null;
}

/** Appends a version inside the import's transaction; the caller has checked that the text changed. */
export async function storeArticleVersion(tx: Tx, input: StoreVersionInput): Promise<number> {
  const last = await tx.articleVersion.findFirst({
    where: { storyId: input.storyId, sourceFile: input.sourceFile },
    orderBy: { version: 'desc' },
    select: { version: true },
  });
  let version = last?.version ?? 0;
  if (version === 0 && input.replaced) {
    version += 1;
    await tx.articleVersion.create({
      data: {
        storyId: input.storyId,
        sourceFile: input.sourceFile,
        version,
        url: input.replaced.url,
        fetchedAt: input.replaced.createdAt,
        contentHash: input.replaced.contentHash,
        headline: input.replaced.headline,
        text: input.replaced.rawText,
      },
    });
  }
  version += 1;
  await tx.articleVersion.create({
    data: {
      storyId: input.storyId,
      sourceFile: input.sourceFile,
      version,
      url: input.page.url,
      finalUrl: input.page.finalUrl,
      fetchedAt: input.page.fetchedAt,
      contentHash: input.contentHash,
      headline: withoutInvisible(input.page.headline),
      text: input.text,
      rawPage: input.page.rawPage,
      contentType: input.page.contentType,
      metadata: input.page.metadata as Prisma.InputJsonValue,
    },
  });
  return version;
}
