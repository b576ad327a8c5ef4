import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Db } from '../../db';
import { describeError } from '../../errors';
import { reanalyseStory } from './reanalyse-story';

type Tx = Prisma.TransactionClient;

/**
 * Records, inside the caller's transaction, that the story is about to be re-analysed in
 * the background: the progress banner shows this run (`phase` says why) until it ends.
 */
export async function queueReanalysis(tx: Tx, storyId: number, phase: string): Promise<number> {
  const run = await tx.analysisRun.create({ data: { storyId, status: 'running', stats: { phase } }, select: { id: true } });
  return run.id;
}

/**
 * Re-analyses the story after the response, in one transaction serialised with imports into
 * the same story (the advisory lock uploads take): readers keep the previous analysis until
 * it commits. The run is completed there, or marked failed. The promise never rejects.
 */
export function reanalyseInBackground(db: Db, { storyId, slug, runId }: { storyId: number; slug: string; runId: number }): Promise<void> {
  return db
    .$transaction(
      async (tx) => {
        await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`story:${slug}`}))`;
        await reanalyseStory(tx, storyId, { runId });
      },
      { timeout: 300_000, maxWait: 60_000 },
    )
    .then(() => undefined)
    .catch(async (error: unknown) => {
      await db.analysisRun
        .update({ where: { id: runId }, data: { status: 'failed', finishedAt: new Date(), error: describeError(error) } })
        .catch(() => undefined);
    });
}
