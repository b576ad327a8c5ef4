// npm start: everything a newcomer needs after npm install. A database (DATABASE_URL or
// the embedded PostgreSQL), migrations, the seed story when missing, a production build
// when there is no current one, then the server (app-server.ts) and the analysis workers
// (ANALYSIS_WORKERS, default 1, each in its own process: the web process never analyses).
// `--dev` runs `next dev`. A guardian process stops all of them if this one is killed.
import path from 'node:path';
import { embeddedDataDir } from '@/server/database/ensure-database';
import { claimDataFolder } from '@/server/database/start-lock';
import { getEnv } from '@/server/env';
import { describeError } from '@/server/errors';
import { readManifest } from '@/server/services/import/manifest';
import { resolveImportRequest } from '@/server/services/import/resolve-import-request';
import { startAppServer } from './app-server';
import { startGuardian, startWorkers, type Workers, whenOrphaned } from './children';
import { ensureProductionBuild, startDevServer } from './next-server';
import { importWithProgress, log, openDatabase } from './with-database';

const dev = process.argv.includes('--dev');

const SEEDS = path.resolve('seeds');

async function importSeedsWhenMissing(): Promise<void> {
  const { getDb } = await import('@/server/db');
  const { slug } = (await readManifest(path.join(SEEDS, 'manifest.json'))).story;
  const present = await getDb().story.findUnique({ where: { slug }, select: { id: true } });
  if (!present) await importWithProgress(await resolveImportRequest({ paths: [] }, SEEDS));
}

async function main(): Promise<void> {
  const started = performance.now();
  const port = getEnv().PORT;
  // Two app servers on one embedded database would share it until the first stops it.
  if (!getEnv().DATABASE_URL) claimDataFolder(embeddedDataDir(), port);
  const guardian = startGuardian();
  const handle = await openDatabase();
  guardian.watch(handle.pid, 'SIGINT'); // PostgreSQL's fast shutdown
  let stopping = false;
  let app: { exited: Promise<number>; pid: number | undefined; stop(): Promise<void> } | undefined;
  let workers: Workers | undefined;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await workers?.stop().catch(() => undefined);
    await app?.stop().catch(() => undefined);
    const { disconnectDb } = await import('@/server/db');
    await disconnectDb().catch(() => undefined);
    await handle.stop().catch(() => undefined);
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));
  whenOrphaned(() => {
    log('The process that started this one is gone: stopping.');
    void shutdown(0);
  });
  try {
    await importSeedsWhenMissing();
    workers = startWorkers(getEnv().ANALYSIS_WORKERS, guardian);
    if (dev) {
      app = startDevServer(port); // no page cache in front: its pages change as you edit
    } else {
      ensureProductionBuild();
      app = await startAppServer(port);
    }
    guardian.watch(app.pid);
  } catch (error) {
    log(`error: ${describeError(error)}`);
    await shutdown(1);
    return;
  }
  const workerCount = getEnv().ANALYSIS_WORKERS;
  log(`Analysis: ${workerCount === 0 ? 'no worker here (ANALYSIS_WORKERS=0): run npm run worker' : `${workerCount} worker process(es)`}`);
  log(`Parallax on http://localhost:${port} (prepared in ${((performance.now() - started) / 1000).toFixed(1)} s; Ctrl+C stops it)`);
  void app.exited.then((code) => shutdown(code));
}

main().catch((error: unknown) => {
  log(`error: ${describeError(error)}`);
  process.exit(1);
});
