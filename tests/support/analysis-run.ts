import { expect } from 'vitest';
import { getDb } from '@/server/db';

/** Waits until a background re-analysis (a split, a merge or an undo) has completed: the test runs a worker (analysis-worker.ts). */
export async function analysisFinished(runId: number | undefined): Promise<void> {
  expect(runId).toBeTypeOf('number');
  await expect
    .poll(async () => (await getDb().analysisRun.findUniqueOrThrow({ where: { id: runId } })).status, { timeout: 30_000 })
    .toBe('complete');
}
