import 'server-only';
import { getDb } from '../../db';
import { describeError } from '../../errors';
import { type ImportStoryRequest, importStory } from './import-story';

/**
 * Adds articles to a story from a web request without making the request wait: the story
 * (created if new) gets a running AnalysisRun at once, the import and its re-analysis run
 * after the response in one transaction, and the run is marked complete or failed. Readers
 * keep seeing the previous analysis until that transaction commits.
 */
export async function startBackgroundImport(request: ImportStoryRequest): Promise<{ storyId: number; runId: number }> {
  const db = getDb();
  // Two editors creating the same story at once: one row, no unique-key race (an upsert would race).
  await db.story.createMany({
    data: [{ slug: request.story.slug, title: request.story.title ?? request.story.slug }],
    skipDuplicates: true,
  });
  const story = await db.story.findUniqueOrThrow({ where: { slug: request.story.slug }, select: { id: true } });
  const run = await db.analysisRun.create({
    data: { storyId: story.id, status: 'running', stats: { phase: 'reading', files: request.articles.map((a) => a.file.sourceFile) } },
    select: { id: true },
  });
  void importStory(db, request, {
    runId: run.id,
    onAnalysing: () =>
      void db.analysisRun.update({ where: { id: run.id }, data: { stats: { phase: 'comparing' } } }).catch(() => undefined),
  })
    .then(async (summary) => {
      // Nothing changed (the same text again): the run ends without a new analysis.
      if (!summary.analysis)
        await db.analysisRun.update({
          where: { id: run.id },
          data: { status: 'complete', finishedAt: new Date(), stats: { unchanged: true } },
        });
    })
    .catch(async (error: unknown) => {
      // The transaction rolled back: nothing of the import is stored. A story created for it
      // has no articles and is not listed; this run and its reason are what remains.
      const files = request.articles.map((article) => article.file.sourceFile).join(', ');
      const reason = `Adding ${files} failed, and nothing was stored: ${describeError(error)}`;
      await db.analysisRun
        .update({ where: { id: run.id }, data: { status: 'failed', finishedAt: new Date(), error: reason } })
        .catch(() => undefined);
    });
  return { storyId: story.id, runId: run.id };
}
