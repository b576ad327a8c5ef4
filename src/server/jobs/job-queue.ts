import PgBoss from 'pg-boss';
import type { Prisma } from '@/generated/prisma/client';

// The durable job queue (pg-boss, in the schema `pgboss` of the app's own database): every
// piece of background work (an uploaded article, a re-analysis after a correction) is a row
// there, written in the same transaction as the AnalysisRun that the progress banner shows,
// so a crash can lose neither (docs/decisions/008).

export const JOB_SCHEMA = 'pgboss';
export const ANALYSIS_QUEUE = 'story-analysis';

/** Retries with exponential backoff (5 s, 10 s, 20 s … with jitter); a dead worker's job counts as one try. */
export const ANALYSIS_RETRY = { retryLimit: 3, retryDelay: 5, retryBackoff: true } as const;
/**
 * Backstop for a worker that vanished without its connection closing (a machine lost); a dead
 * worker whose connection closed is noticed in seconds (analysis-worker.ts). Longer than the
 * longest analysis (a story of 10,000 articles: about half an hour, docs/deploy.md), or a live
 * worker's job would be taken from it.
 */
export const ANALYSIS_EXPIRE_SECONDS = 2 * 60 * 60;

export interface ImportJobRequest {
  story: { slug: string; title?: string };
  articles: {
    file: { sourceFile: string; rawText: string; contentHash: string };
    outlet: string;
    publishedAt: string;
    url?: string;
    evidence?: string;
  }[];
}

/** Articles an editor confirmed by address: the worker fetches, extracts and imports them. */
export interface AddressJobItem {
  url: string;
  overrides: { outlet?: string; headline?: string; publishedAt?: string };
}

export type AnalysisJobData =
  | { kind: 'import'; runId: number; storySlug: string; request: ImportJobRequest }
  | { kind: 'address'; runId: number; storySlug: string; items: AddressJobItem[] }
  | { kind: 'reanalyse'; runId: number; storySlug: string };

type Tx = Prisma.TransactionClient;

/** pg-boss runs its SQL through this when it must join the caller's transaction. */
function transactionDb(tx: Tx) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const args = values.map((value) =>
        value === undefined
          ? null
          : typeof value === 'object' && value !== null && !(value instanceof Date)
            ? JSON.stringify(value)
            : value,
      );
      const rows = await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...args);
      return { rows };
    },
  };
}

/**
 * Adds an analysis job inside the caller's transaction (the run row and the job commit or
 * vanish together) and links the run to it. One job per story runs at a time (a singleton
 * queue keyed by the story); the others wait in order.
 */
export async function enqueueAnalysisJob(tx: Tx, data: AnalysisJobData): Promise<string> {
  const db = transactionDb(tx);
  // Sending needs no started instance or pool of its own: the web process only writes rows.
  const boss = new PgBoss({ db, schema: JOB_SCHEMA, supervise: false, schedule: false, migrate: false });
  const id = await boss.send(ANALYSIS_QUEUE, data, {
    db,
    singletonKey: `story:${data.storySlug}`,
    expireInSeconds: ANALYSIS_EXPIRE_SECONDS,
    ...ANALYSIS_RETRY,
  });
  if (!id) throw new Error('The analysis job could not be queued.');
  await tx.analysisRun.update({ where: { id: data.runId }, data: { jobId: id } });
  return id;
}

/** A job's data before its run exists. */
export type QueuedJob = AnalysisJobData extends infer J ? (J extends AnalysisJobData ? Omit<J, 'runId'> : never) : never;

/**
 * Starts a run the progress banner shows (`reason` says why: an upload, a correction) and
 * queues its job, inside the caller's transaction: every piece of background work begins here.
 */
export async function queueAnalysisRun(
  tx: Tx,
  storyId: number,
  stats: { reason: string } & Record<string, Prisma.InputJsonValue>,
  job: QueuedJob,
): Promise<number> {
  const run = await tx.analysisRun.create({
    data: { storyId, status: 'running', stats: { ...stats, phase: 'queued' } },
    select: { id: true },
  });
  await enqueueAnalysisJob(tx, { ...job, runId: run.id } as AnalysisJobData);
  return run.id;
}

/**
 * Creates or upgrades pg-boss' schema and the analysis queue. Runs with the app's own
 * migrations (npm start, npm run db:migrate, the test template), so no process needs to
 * create tables while serving.
 */
export async function installJobQueue(url: string): Promise<void> {
  const boss = new PgBoss({ connectionString: url, schema: JOB_SCHEMA, supervise: false, schedule: false, migrate: true, max: 1 });
  boss.on('error', () => undefined);
  await boss.start();
  try {
    const settings = { name: ANALYSIS_QUEUE, policy: 'singleton' as const, ...ANALYSIS_RETRY, expireInSeconds: ANALYSIS_EXPIRE_SECONDS };
    if (!(await boss.getQueue(ANALYSIS_QUEUE))) {
      // Two processes starting at once may both try: the second finds it made.
      await boss.createQueue(ANALYSIS_QUEUE, settings).catch(async (error: unknown) => {
        if (!(await boss.getQueue(ANALYSIS_QUEUE))) throw error;
      });
    } else {
      await boss.updateQueue(ANALYSIS_QUEUE, settings); // retry and expiry follow this code
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
