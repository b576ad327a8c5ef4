// Shared plumbing of the command-line entry points: a database (DATABASE_URL or the
// embedded server), migrations applied, clear one-line errors, and a clean exit.
import { ensureDatabase, type DatabaseHandle } from '@/server/database/ensure-database';
import { applyMigrations } from '@/server/migrations/schema-engine';
import { resetEnvCache } from '@/server/env';
import { describeError } from '@/server/errors';

export const log = (line: string) => process.stderr.write(`${line}\n`);

export async function withDatabase<T>(work: (db: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await ensureDatabase({ log });
  process.env.DATABASE_URL = handle.url;
  resetEnvCache();
  try {
    await applyMigrations(handle.url, { log });
    return await work(handle);
  } finally {
    const { disconnectDb } = await import('@/server/db');
    await disconnectDb();
    await handle.stop();
  }
}

/** Runs a CLI main function: errors become one clear line on stderr and exit code 1. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      log(`error: ${describeError(error)}`);
      process.exit(1);
    },
  );
}
