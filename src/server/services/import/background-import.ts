import 'server-only';
import { getDb } from '../../db';
import { type AddressJobItem, queueAnalysisRun } from '../../jobs/job-queue';
import type { ImportStoryRequest } from './import-story';

/**
 * Adds articles to a story from a web request without analysing anything in the web process:
 * the story (created if new) gets a running AnalysisRun and a durable job, in one transaction;
 * a worker (npm run worker, one started by npm start) imports and re-analyses, and completes or
 * fails the run. Readers keep seeing the previous analysis until the worker's transaction commits.
 */
export async function startBackgroundImport(request: ImportStoryRequest): Promise<{ storyId: number; runId: number }> {
  const db = getDb();
  // Two editors creating the same story at once: one row, no unique-key race (an upsert would race).
  await db.story.createMany({
    data: [{ slug: request.story.slug, title: request.story.title ?? request.story.slug }],
    skipDuplicates: true,
  });
  const story = await db.story.findUniqueOrThrow({ where: { slug: request.story.slug }, select: { id: true } });
  const files = request.articles.map((a) => a.file.sourceFile);
  const runId = await db.$transaction((tx) =>
    queueAnalysisRun(
      tx,
      story.id,
      { reason: 'upload', files },
      {
        kind: 'import',
        storySlug: request.story.slug,
        request: {
          story: request.story,
          articles: request.articles.map((article) => ({ ...article, publishedAt: article.publishedAt.toISOString() })),
        },
      },
    ),
  );
  return { storyId: story.id, runId };
}

/**
 * Adds articles by address without fetching in the web process: a running AnalysisRun and a
 * durable job in one transaction; a worker fetches the pages (the same safe fetch), extracts
 * and imports them, or fails the run naming the address that was refused.
 */
export async function startBackgroundAddressImport(storySlug: string, items: AddressJobItem[]): Promise<{ runId: number }> {
  const db = getDb();
  const story = await db.story.findUniqueOrThrow({ where: { slug: storySlug }, select: { id: true } });
  const runId = await db.$transaction((tx) =>
    queueAnalysisRun(tx, story.id, { reason: 'upload', urls: items.map((item) => item.url) }, { kind: 'address', storySlug, items }),
  );
  return { runId };
}
