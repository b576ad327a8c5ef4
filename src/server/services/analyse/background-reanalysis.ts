import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { enqueueAnalysisJob } from '../../jobs/job-queue';

type Tx = Prisma.TransactionClient;

/**
 * Records, inside the caller's transaction, that the story is to be re-analysed (`reason` says
 * why), and queues the durable job a worker carries out: the progress banner shows this run
 * until the worker completes or fails it. Nothing is analysed in the calling process.
 */
export async function queueReanalysis(tx: Tx, story: { id: number; slug: string }, reason: string): Promise<number> {
  const run = await tx.analysisRun.create({
    data: { storyId: story.id, status: 'running', stats: { reason, phase: 'queued' } },
    select: { id: true },
  });
  await enqueueAnalysisJob(tx, { kind: 'reanalyse', runId: run.id, storySlug: story.slug });
  return run.id;
}
