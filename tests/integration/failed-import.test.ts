// An upload whose import fails: nothing of it is stored, a new story is not listed, and the
// failed run with a readable reason is what remains (the analysis is made to fail here).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getAnalysisStatus } from '@/server/data/stories/get-analysis-status';
import { listStories } from '@/server/data/stories/list-stories';
import { getDb } from '@/server/db';
import { startBackgroundImport } from '@/server/services/import/background-import';
import { uploadRequest } from '@/server/services/import/upload-request';
import { startTestWorker } from '../support/analysis-worker';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';

vi.mock('@/server/workers/analysis-pool', async (original) => ({
  ...(await original<typeof import('@/server/workers/analysis-pool')>()),
  analyseStoryInWorker: () =>
    Promise.reject(new Error('the analysis ran out of memory (limit 4096 MB): the article is too large to analyse')),
}));

let database: FreshDatabase;
let worker: Awaited<ReturnType<typeof startTestWorker>>;
beforeAll(async () => {
  database = await freshDatabase();
  worker = await startTestWorker(database.url);
});
afterAll(async () => {
  await worker.stop();
  const { closeAnalysisPool } = await import('@/server/workers/analysis-pool');
  await closeAnalysisPool();
  await database.drop();
});

describe('failed import', () => {
  it("a new story's failed first import leaves no listed story, no articles, and the failed run with its reason", async () => {
    const form = new FormData();
    form.set('outlet', 'Coast Herald');
    form.set('publishedAt', '2024-03-05');
    form.set('title', 'Harbour bridge');
    form.set('text', 'Council approves harbour bridge\n\nThe council approved the harbour bridge budget on Tuesday.');
    const { runId } = await startBackgroundImport(await uploadRequest('harbour-bridge', form));
    await expect
      .poll(async () => (await getDb().analysisRun.findUniqueOrThrow({ where: { id: runId } })).status, { timeout: 60_000 })
      .toBe('failed');

    expect(await getDb().article.count({ where: { story: { slug: 'harbour-bridge' } } })).toBe(0);
    expect((await listStories()).map((story) => story.slug)).not.toContain('harbour-bridge');
    const status = await getAnalysisStatus({ slug: 'harbour-bridge' });
    expect(status?.status).toBe('failed');
    expect(status?.error).toMatch(/^Adding .+\.txt failed, and nothing was stored: the analysis ran out of memory/);
  }, 120_000);
});
