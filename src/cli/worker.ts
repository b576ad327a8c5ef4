// npm run worker — takes analysis jobs (uploaded articles, re-analyses after corrections) from
// the durable queue in the database. `npm start` runs one; start more here or on other machines
// pointed at the same DATABASE_URL. Ctrl+C (SIGINT/SIGTERM) hands the job in progress back to
// the queue for the next worker; a worker killed outright is noticed by the others in seconds.
import { describeError } from '@/server/errors';
import { whenOrphaned } from './children';
import { log, openDatabase } from './with-database';

async function main(): Promise<void> {
  const handle = await openDatabase();
  const { startAnalysisWorker } = await import('@/server/jobs/analysis-worker');
  let stopping = false;
  let worker: Awaited<ReturnType<typeof startAnalysisWorker>> | undefined;
  async function shutdown(code: number) {
    if (stopping) return;
    stopping = true;
    await worker?.stop().catch(() => undefined);
    const { disconnectDb } = await import('@/server/db');
    await disconnectDb().catch(() => undefined);
    await handle.stop().catch(() => undefined);
    process.exit(code);
  }
  // Exit code 1 when its liveness connection is lost: npm start (or a process supervisor) starts another.
  worker = await startAnalysisWorker({ url: handle.url, log, onLivenessLost: () => void shutdown(1) });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));
  // Started by npm start (an IPC channel): its end, even by kill -9, ends this worker too.
  if (process.send) process.on('disconnect', () => void shutdown(0));
  whenOrphaned(() => void shutdown(0));
}

main().catch((error: unknown) => {
  log(`error: ${describeError(error)}`);
  process.exit(1);
});
