// A job whose analysis fails for a passing reason (here: the first try throws) is retried with
// backoff by pg-boss; the banner says so meanwhile, and the second try completes the run.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getAnalysisStatus } from '@/server/data/stories/get-analysis-status';
import { getDb } from '@/server/db';
import { queueReanalysis } from '@/server/services/analyse/background-reanalysis';
import { importStory } from '@/server/services/import/import-story';
import { resolveImportRequest } from '@/server/services/import/resolve-import-request';
import { startTestWorker } from '../support/analysis-worker';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';

const failures = vi.hoisted(() => ({ left: 0 }));
vi.mock('@/server/workers/analysis-pool', async (original) => {
  const actual = await original<typeof import('@/server/workers/analysis-pool')>();
  return {
    ...actual,
    analyseStoryInWorker: (...args: Parameters<typeof actual.analyseStoryInWorker>) => {
      if (failures.left > 0) {
        failures.left--;
        return Promise.reject(new Error('connection to the analysis thread lost'));
      }
      return actual.analyseStoryInWorker(...args);
    },
  };
});

let database: FreshDatabase;
let worker: Awaited<ReturnType<typeof startTestWorker>>;
beforeAll(async () => {
  database = await freshDatabase();
  await importStory(getDb(), await resolveImportRequest({ paths: [] }, path.resolve('seeds')));
  worker = await startTestWorker(database.url);
});
afterAll(async () => {
  await worker.stop();
  const { closeAnalysisPool } = await import('@/server/workers/analysis-pool');
  await closeAnalysisPool();
  await database.drop();
});

describe('retries', () => {
  it('a failed try is retried after a backoff, shown as retrying, and the next try completes the run', async () => {
    const story = await getDb().story.findFirstOrThrow({ select: { id: true, slug: true } });
    failures.left = 1;
    const queuedAt = Date.now();
    const runId = await getDb().$transaction((tx) => queueReanalysis(tx, story, 'correction'));
    await expect
      .poll(async () => (await getAnalysisStatus({ slug: story.slug }))?.phase, { timeout: 30_000, interval: 100 })
      .toBe('retrying');
    await expect.poll(async () => (await getAnalysisStatus({ slug: story.slug }))?.status, { timeout: 60_000 }).toBe('complete');
    const run = await getDb().analysisRun.findUniqueOrThrow({ where: { id: runId } });
    expect((run.stats as { attempt?: number }).attempt).toBe(2);
    expect(failures.left).toBe(0);
    // The retry waited for its backoff (5 s, with jitter) instead of hammering.
    expect(run.finishedAt!.getTime() - queuedAt).toBeGreaterThan(2_000);
  }, 120_000);
});
