// npm start: everything a newcomer needs after npm install. A database (DATABASE_URL or
// the embedded PostgreSQL), migrations, the seed story when missing, a production build
// when there is no current one, then the Next.js server. `--dev` runs `next dev` instead.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { getEnv } from '@/server/env';
import { describeError } from '@/server/errors';
import { readManifest } from '@/server/services/import/manifest';
import { resolveImportRequest } from '@/server/services/import/resolve-import-request';
import { ensureProductionBuild } from './next-server';
import { importWithProgress, log, openDatabase } from './with-database';

const dev = process.argv.includes('--dev');

const SEEDS = path.resolve('seeds');

async function importSeedsWhenMissing(): Promise<void> {
  const { getDb, disconnectDb } = await import('@/server/db');
  const { slug } = (await readManifest(path.join(SEEDS, 'manifest.json'))).story;
  const present = await getDb().story.findUnique({ where: { slug }, select: { id: true } });
  if (!present) await importWithProgress(await resolveImportRequest({ paths: [] }, SEEDS));
  await disconnectDb();
}

async function main(): Promise<void> {
  const started = performance.now();
  const handle = await openDatabase();
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await handle.stop().catch(() => undefined);
    process.exit(code);
  };
  try {
    await importSeedsWhenMissing();
    if (!dev) ensureProductionBuild();
  } catch (error) {
    log(`error: ${describeError(error)}`);
    await shutdown(1);
    return;
  }

  const port = String(getEnv().PORT);
  const server = spawn('next', [dev ? 'dev' : 'start', '-p', port], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' },
  });
  log(`Parallax on http://localhost:${port} (prepared in ${((performance.now() - started) / 1000).toFixed(1)} s; Ctrl+C stops it)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      server.kill(signal);
    });
  }
  server.on('exit', (code) => void shutdown(code ?? 0));
}

main().catch((error: unknown) => {
  log(`error: ${describeError(error)}`);
  process.exit(1);
});
