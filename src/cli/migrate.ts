// npm run db:migrate — applies the pending migrations of prisma/migrations (= prisma migrate deploy),
// offline, through the Wasm schema engine, then creates or upgrades the job queue's schema. The database is DATABASE_URL, or the embedded
// PostgreSQL when it is unset. Progress goes to stderr; exit code 1 on error.
import { ensureDatabase } from '@/server/database/ensure-database';
import { installJobQueue } from '@/server/jobs/job-queue';
import { applyMigrations } from '@/server/migrations/schema-engine';
import { log, runCli } from './with-database';

runCli(async () => {
  const database = await ensureDatabase({ log });
  try {
    const started = performance.now();
    const { applied } = await applyMigrations(database.url, { log });
    await installJobQueue(database.url); // pg-boss' own schema (pgboss), versioned by pg-boss itself
    const ms = Math.round(performance.now() - started);
    log(applied.length === 0 ? `Database is up to date (${ms} ms)` : `Applied ${applied.length} migration(s) in ${ms} ms`);
  } finally {
    await database.stop();
  }
});
