// Offline replacements for `prisma migrate deploy` and `prisma migrate dev --create-only`,
// driving @prisma/schema-engine-wasm through @prisma/adapter-pg (the native schema engine
// cannot be downloaded here). They read and write the standard prisma/migrations folders and
// the standard `_prisma_migrations` table. No environment reads: the URL is a parameter.
import { readFile } from 'node:fs/promises';
import type pg from 'pg';
import { connectClient, describeConnectionError, type PgConnectionConfig, parseDatabaseUrl, quoteIdent } from './connection';
import {
  acceptedChecksums,
  type LocalMigration,
  migrationFolderName,
  migrationsDir,
  readLocalMigrations,
  schemaPath,
  toMigrationList,
  writeMigration,
} from './migrations-dir';
import { withSchemaEngine } from './wasm-engine';

export interface MigrateOptions {
  /** Progress lines (e.g. to stderr). */
  log?: (line: string) => void;
}

/** Serialises applyMigrations across processes. Not Prisma's own key (72707369), which the engine takes. */
const MIGRATION_LOCK_KEY = 1347570776; // "PRLX"

const NO_FILTERS = { externalTables: [], externalEnums: [] };

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** The migrations still to apply, or null when the table's state needs the engine to decide. */
async function pendingMigrations(
  client: pg.Client,
  config: PgConnectionConfig,
  local: LocalMigration[],
  log: (line: string) => void,
): Promise<string[] | null> {
  const table = `${quoteIdent(config.schema)}."_prisma_migrations"`;
  const exists = await client.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [table]);
  if (!exists.rows[0]?.t) return null;
  const { rows } = await client.query<AppliedRow>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM ${table}`);
  // A failed or unfinished migration: let the engine report it (P3009) or wait for it.
  if (rows.some((row) => row.finished_at === null && row.rolled_back_at === null)) return null;
  const applied = new Map<string, AppliedRow>();
  for (const row of rows) if (row.rolled_back_at === null) applied.set(row.migration_name, row);
  const pending: string[] = [];
  for (const migration of local) {
    const row = applied.get(migration.name);
    if (!row) pending.push(migration.name);
    else if (!acceptedChecksums(migration.script).has(row.checksum)) {
      log(`Warning: migration ${migration.name} was modified after it was applied`);
    }
  }
  return pending;
}

/** Takes the cross-process migration lock, logging when another process holds it. */
async function lock(client: pg.Client, log: (line: string) => void): Promise<void> {
  const tried = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [MIGRATION_LOCK_KEY]);
  if (tried.rows[0]?.ok) return;
  log('Waiting for another process to finish migrating…');
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
}

/**
 * `prisma migrate deploy`: applies the pending migrations of prisma/migrations, recording them
 * in `_prisma_migrations`. Returns quickly, without loading the engine, when none is pending.
 * Safe to run concurrently from several processes (a PostgreSQL advisory lock serialises them).
 */
export async function applyMigrations(databaseUrl: string, opts: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => undefined);
  const config = parseDatabaseUrl(databaseUrl);
  const dir = migrationsDir();
  const local = await readLocalMigrations(dir);
  if (local.length === 0) {
    log(`No migrations found in ${dir}`);
    return { applied: [] };
  }

  let client: pg.Client;
  try {
    client = await connectClient(config, log);
  } catch (error) {
    throw describeConnectionError(config, error);
  }
  client.on('error', () => undefined); // a dropped connection surfaces on the next query
  try {
    const before = await pendingMigrations(client, config, local, log);
    if (before && before.length === 0) return { applied: [] };

    await lock(client, log);
    try {
      // Another process may have applied them while we waited.
      const pending = await pendingMigrations(client, config, local, log);
      if (pending && pending.length === 0) return { applied: [] };
      log(pending ? `Applying ${pending.length} migration(s): ${pending.join(', ')}` : 'Applying pending migrations');

      const migrationsList = await toMigrationList(dir, local);
      const result = await withSchemaEngine(config, (session) =>
        session.run('applyMigrations', (engine) => engine.applyMigrations({ migrationsList, filters: NO_FILTERS })),
      );
      for (const name of result.appliedMigrationNames) log(`Applied migration ${name}`);
      return { applied: result.appliedMigrationNames };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * `prisma migrate dev --create-only`: diffs the migrations folder (replayed on a temporary
 * shadow database) against prisma/schema.prisma and writes
 * prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql. Returns the new folder's path,
 * or null when the schema has no change. Does not touch the main database's tables.
 */
export async function createMigration(databaseUrl: string, name: string, opts: MigrateOptions = {}): Promise<string | null> {
  const log = opts.log ?? (() => undefined);
  const config = parseDatabaseUrl(databaseUrl);
  const dir = migrationsDir();
  const local = await readLocalMigrations(dir);
  const migrationsList = await toMigrationList(dir, local);
  const schemaFile = schemaPath();
  const schema = await readFile(schemaFile, 'utf8');

  // The shadow database is created through a connection to the main one: make sure it exists.
  try {
    await (await connectClient(config, log)).end();
  } catch (error) {
    throw describeConnectionError(config, error);
  }

  log(`Replaying ${local.length} migration(s) on a shadow database and diffing against ${schemaFile}`);
  const diff = await withSchemaEngine(config, (session) =>
    session.run('diff', (engine) =>
      engine.diff({
        from: { tag: 'migrations', ...migrationsList },
        to: { tag: 'schemaDatamodel', files: [{ path: schemaFile, content: schema }] },
        script: true,
        exitCode: true, // 2 when the diff is not empty
        filters: NO_FILTERS,
      }),
    ),
  );
  const script = diff.stdout ?? '';
  if (diff.exitCode !== 2 || script.trim() === '') return null;

  const folder = migrationFolderName(name);
  const path = await writeMigration(dir, folder, script);
  log(`Created ${path}/migration.sql`);
  return path;
}
