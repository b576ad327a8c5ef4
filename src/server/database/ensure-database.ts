// The one way entry points (app start, importer, CLIs, tests) get a database URL:
// DATABASE_URL when set, otherwise the embedded PostgreSQL, started or reused.
import path from 'node:path';
import pg from 'pg';
import { DATABASE_NAME_PATTERN, getEnv } from '../env';
import { resolveDataDir, startEmbeddedServer } from './embedded-server';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  /** Stops the embedded server if this process started it; otherwise does nothing. */
  stop(): Promise<void>;
  /** The embedded postmaster's process id when this process started it (npm start's guardian stops it). */
  pid?: number;
}

export interface EnsureDatabaseOptions {
  /** Database name on the embedded server (default EMBEDDED_PG_DATABASE, "parallax"). Ignored with DATABASE_URL. */
  database?: string;
  log?: (line: string) => void;
}

export function embeddedDataDir(): string {
  const env = getEnv();
  return resolveDataDir(env.PARALLAX_DATA_DIR ?? path.resolve('.data', 'postgres'));
}

export async function ensureDatabase(options: EnsureDatabaseOptions = {}): Promise<DatabaseHandle> {
  const env = getEnv();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedServer({ dataDir: embeddedDataDir(), port: env.EMBEDDED_PG_PORT, log });
  const database = options.database ?? env.EMBEDDED_PG_DATABASE;
  await createDatabaseIfMissing(server.adminUrl('postgres'), database);
  return { url: server.adminUrl(database), embedded: true, pid: server.pid, stop: () => server.stop() };
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  if (!DATABASE_NAME_PATTERN.test(database)) throw new Error(`Invalid database name "${database}"`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`create database "${database}"`).catch((error: { code?: string }) => {
        // 42P04: created by a concurrent process in the meantime.
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  if (!DATABASE_NAME_PATTERN.test(database)) throw new Error(`Invalid database name "${database}"`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database}" with (force)`);
  } finally {
    await client.end();
  }
}
