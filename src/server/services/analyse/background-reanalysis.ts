import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { queueAnalysisRun } from '../../jobs/job-queue';

type Tx = Prisma.TransactionClient;

/**
 * Records, inside the caller's transaction, that the story is to be re-analysed (`reason` says
 * why), and queues the durable job a worker carries out: the progress banner shows this run
 * until the worker completes or fails it. Nothing is analysed in the calling process.
 */
export async function queueReanalysis(tx: Tx, story: { id: number; slug: string }, reason: string): Promise<number> {
  return queueAnalysisRun(tx, story.id, { reason }, { kind: 'reanalyse', storySlug: story.slug });
}
