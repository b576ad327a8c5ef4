import 'server-only';
import { randomInt } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { getDb } from '../db';
import { type AnalysisJob, runAnalysisJob } from './analysis-job';
import { ANALYSIS_QUEUE, type AnalysisJobData, JOB_SCHEMA } from './job-queue';

// A worker process's liveness is a session advisory lock (LIVENESS_NAMESPACE, its key) held on
// a connection of its own: PostgreSQL drops it the moment the process dies (kill -9 included),
// so any other worker can tell a dead worker's job from a slow one in seconds, without waiting
// for pg-boss' expiry (kept as a backstop for a machine that vanishes with its connection).
const LIVENESS_NAMESPACE = 0x5078; // "Px"
const SWEEP_MS = 3000;

export interface AnalysisWorker {
  workerKey: number;
  stop(): Promise<void>;
}

export interface AnalysisWorkerOptions {
  url: string;
  log: (line: string) => void;
  /**
   * Called when the liveness connection is lost (the database restarted or unreachable): the
   * other workers now take this one for dead and retry its job, so it must stop working.
   */
  onLivenessLost?: () => void;
}

/**
 * Runs that a dead worker held, and runs whose job ended without them (retries used up while
 * no worker ran): each job goes back to the queue for another try, or its run is marked failed.
 * Every worker runs this at start and every few seconds, so after any crash the next worker
 * to start leaves no run "running" without a live worker or a queued job behind it.
 */
export async function recoverOrphanedRuns(boss: PgBoss, log: (line: string) => void): Promise<number> {
  const db = getDb();
  const orphans = await db.$queryRaw<{ id: number; jobId: string; workerKey: number | null; jobState: string | null }[]>`
    select r.id, r."jobId", r."workerKey", j.state::text as "jobState"
    from "AnalysisRun" r
    left join pgboss.job j on j.name = ${ANALYSIS_QUEUE} and j.id = r."jobId"::uuid
    where r.status = 'running' and r."jobId" is not null and (
      (r."workerKey" is not null and not exists (
        select 1 from pg_locks l
        where l.locktype = 'advisory' and l.granted and l.database = (select oid from pg_database where datname = current_database())
          and l.classid = ${LIVENESS_NAMESPACE}::oid and l.objid = r."workerKey"::oid and l.objsubid = 2))
      -- taken by a worker that died before it could mark the run (a moment's window after the fetch)
      or (r."workerKey" is null and j.state = 'active' and j.started_on < now() - interval '30 seconds')
      or j.id is null or j.state in ('completed', 'failed', 'cancelled'))`;
  for (const orphan of orphans) {
    if (orphan.workerKey === null && orphan.jobState === 'active') {
      await boss.fail(ANALYSIS_QUEUE, orphan.jobId, { reason: 'the worker stopped as it took the job' });
    } else if (orphan.workerKey !== null) {
      // Claim the orphan first: only one sweeping worker gets to fail its job.
      const claimed = await db.analysisRun.updateMany({
        where: { id: orphan.id, workerKey: orphan.workerKey, status: 'running' },
        data: { workerKey: null },
      });
      if (claimed.count === 0) continue;
      if (orphan.jobState === 'active') await boss.fail(ANALYSIS_QUEUE, orphan.jobId, { reason: 'the worker stopped during the job' });
    }
    const job = await boss.getJobById(ANALYSIS_QUEUE, orphan.jobId);
    if (job && (job.state === 'retry' || job.state === 'created' || job.state === 'active')) {
      log(`Job ${orphan.jobId} (analysis run ${orphan.id}) lost its worker: it will be tried again`);
      const run = await db.analysisRun.findUnique({ where: { id: orphan.id }, select: { stats: true } });
      await db.analysisRun.updateMany({
        where: { id: orphan.id, status: 'running', workerKey: null },
        data: { stats: { ...((run?.stats ?? {}) as object), phase: 'retrying', lastError: 'The worker stopped during the analysis.' } },
      });
    } else {
      log(`Job ${orphan.jobId} (analysis run ${orphan.id}) ended without finishing its run: marked failed`);
      await db.analysisRun.updateMany({
        where: { id: orphan.id, status: 'running' },
        data: {
          status: 'failed',
          finishedAt: new Date(),
          error: 'The analysis stopped before it finished and was not retried; add the article again.',
        },
      });
    }
  }
  return orphans.length;
}

/** Starts taking analysis jobs from the queue, one at a time; the analysis itself runs on this process' analysis threads. */
export async function startAnalysisWorker({ url, log, onLivenessLost }: AnalysisWorkerOptions): Promise<AnalysisWorker> {
  const workerKey = randomInt(1, 2 ** 31 - 1);
  const liveness = new pg.Client({ connectionString: url, application_name: `parallax-worker-${workerKey}` });
  let stopping = false;
  const lost = (reason: string) => {
    if (stopping) return;
    stopping = true;
    log(`worker: lost its liveness connection (${reason}); stopping`);
    onLivenessLost?.();
  };
  liveness.on('error', (error) => lost(error.message));
  liveness.on('end', () => lost('closed'));
  await liveness.connect();
  await liveness.query('select pg_advisory_lock($1, $2)', [LIVENESS_NAMESPACE, workerKey]);

  const boss = new PgBoss({ connectionString: url, schema: JOB_SCHEMA, supervise: true, schedule: false, migrate: false, max: 3 });
  boss.on('error', (error: Error & { code?: string }) => {
    // 23505 on the singleton index: another job of the same story is running; this one waits its turn.
    if (error.code !== '23505') log(`worker: ${error.message}`);
  });
  await boss.start();

  let sweeping = Promise.resolve();
  const sweep = () => {
    sweeping = sweeping
      .then(() => recoverOrphanedRuns(boss, log))
      .then(() => undefined)
      .catch((error: Error) => log(`worker: recovering jobs failed (${error.message})`));
  };
  sweep();
  const timer = setInterval(sweep, SWEEP_MS);
  timer.unref();

  await boss.work<AnalysisJobData>(ANALYSIS_QUEUE, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 1 }, async ([job]) => {
    log(`Job ${job.id}: ${job.data.kind} for story "${job.data.storySlug}" (try ${job.retryCount + 1})`);
    const started = performance.now();
    await runAnalysisJob(getDb(), job as AnalysisJob, workerKey);
    log(`Job ${job.id}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
  log(`Analysis worker ${workerKey} (process ${process.pid}) is taking jobs`);

  return {
    workerKey,
    async stop() {
      stopping = true;
      clearInterval(timer);
      await sweeping;
      // Jobs in hand are failed back to the queue (retried by the next worker), not lost.
      await boss.stop({ graceful: true, wait: true, timeout: 5000 }).catch(() => undefined);
      await liveness.end().catch(() => undefined);
    },
  };
}
