// The offline migration tooling (Wasm schema engine) against a real PostgreSQL: a fresh
// database of its own, created and dropped here.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { scriptChecksum } from '@/server/migrations/migrations-dir';
import { applyMigrations, createMigration } from '@/server/migrations/schema-engine';

const MIGRATIONS = path.resolve('prisma', 'migrations');
const LOCAL = readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const MODELS = [...readFileSync(path.resolve('prisma', 'schema.prisma'), 'utf8').matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);

/** The integration suite's server (global setup), else DATABASE_URL's, else the system PostgreSQL. */
function adminUrl(): string {
  let provided: string | undefined;
  try {
    provided = inject('adminUrl');
  } catch {
    provided = undefined;
  }
  const url = new URL(provided ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  url.pathname = '/postgres';
  return url.toString();
}

function urlFor(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>, database = 'postgres'): Promise<T> {
  const client = new pg.Client({ connectionString: urlFor(database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
const fresh = `parallax_migtest_${suffix}`;
const concurrent = `parallax_migtest_conc_${suffix}`;
const dropAll = () =>
  admin(async (client) => {
    for (const name of [fresh, concurrent]) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

beforeAll(async () => {
  await dropAll();
  await admin((client) => client.query(`CREATE DATABASE "${fresh}"`));
});
afterAll(dropAll);

describe('offline migrations (Wasm schema engine)', () => {
  it('has the init migration in prisma/migrations', () => {
    expect(LOCAL.some((name) => /^\d{14}_init$/.test(name))).toBe(true);
  });

  it('applies every migration to a fresh database and creates all the tables', async () => {
    const { applied } = await applyMigrations(urlFor(fresh));
    expect(applied).toEqual(LOCAL);
    const tables = await admin(async (client) => {
      const result = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
      );
      return result.rows.map((row) => row.table_name);
    }, fresh);
    expect(MODELS.length).toBeGreaterThan(10);
    expect(tables.sort()).toEqual([...MODELS, '_prisma_migrations'].sort());
  });

  it('records the init migration in _prisma_migrations as finished, with its checksum', async () => {
    const rows = await admin(async (client) => {
      const result = await client.query(
        'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name',
      );
      return result.rows;
    }, fresh);
    expect(rows.map((row) => row.migration_name)).toEqual(LOCAL);
    const init = rows.find((row) => row.migration_name.endsWith('_init'));
    expect(init.finished_at).toBeInstanceOf(Date);
    expect(init.rolled_back_at).toBeNull();
    expect(init.applied_steps_count).toBe(1);
    const script = readFileSync(path.join(MIGRATIONS, init.migration_name, 'migration.sql'), 'utf8');
    expect(init.checksum).toBe(scriptChecksum(script));
  });

  it('applies nothing the second time, quickly', async () => {
    const started = performance.now();
    const { applied } = await applyMigrations(urlFor(fresh));
    const ms = performance.now() - started;
    expect(applied).toEqual([]);
    expect(ms).toBeLessThan(2_000);
    const count = await admin(async (client) => (await client.query('SELECT count(*)::int AS n FROM _prisma_migrations')).rows[0].n, fresh);
    expect(count).toBe(LOCAL.length);
  });

  it('lets two concurrent applies on a database that does not exist yet both succeed, applying once', async () => {
    const results = await Promise.all([applyMigrations(urlFor(concurrent)), applyMigrations(urlFor(concurrent))]);
    expect(results.map((result) => result.applied.length).sort()).toEqual([0, LOCAL.length]);
    const names = await admin(
      async (client) =>
        (await client.query('SELECT migration_name FROM _prisma_migrations ORDER BY 1')).rows.map((row) => row.migration_name),
      concurrent,
    );
    expect(names).toEqual(LOCAL);
  });

  it('finds no schema change between prisma/schema.prisma and the migrations, and leaves no shadow database', async () => {
    const shadows = () =>
      admin(
        async (client) =>
          (await client.query("SELECT count(*)::int AS n FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'")).rows[0].n,
      );
    const before = await shadows();
    expect(await createMigration(urlFor(fresh), 'noop')).toBeNull();
    expect(await shadows()).toBe(before);
    expect(readdirSync(MIGRATIONS).filter((name) => name.endsWith('_noop'))).toEqual([]);
  });
});
