// Turns a postgresql:// URL into discrete pg connection fields, and small pg helpers
// shared by the migration code. Discrete fields matter: the schema engine's shadow
// database connection overrides `database`, and a `connectionString` would win over it.
import pg from 'pg';

export interface PgConnectionConfig {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
  ssl?: boolean | { rejectUnauthorized: boolean };
  /** The PostgreSQL schema (`?schema=` in the URL), `public` by default. */
  schema: string;
}

export function parseDatabaseUrl(databaseUrl: string): PgConnectionConfig {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error('Invalid database URL: expected postgresql://user:password@host:port/database');
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw new Error(`Invalid database URL: unsupported protocol "${url.protocol}" (expected postgresql://)`);
  }
  const params = url.searchParams;
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database) throw new Error('Invalid database URL: the database name is missing');
  const sslmode = params.get('sslmode');
  let ssl: PgConnectionConfig['ssl'];
  if (sslmode === 'verify-full' || sslmode === 'verify-ca') ssl = true;
  else if (sslmode === 'require' || params.get('ssl') === 'true') ssl = { rejectUnauthorized: false };
  return {
    // `?host=/var/run/postgresql` selects a Unix socket, as in libpq.
    host: params.get('host') ?? (decodeURIComponent(url.hostname.replace(/^\[|\]$/g, '')) || 'localhost'),
    port: url.port ? Number(url.port) : Number(params.get('port') ?? 5432),
    user: decodeURIComponent(url.username) || 'postgres',
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database,
    ssl,
    schema: params.get('schema') ?? 'public',
  };
}

/** pg options for a pool or client on `database` (default: the configured one). */
export function pgOptions(config: PgConnectionConfig, database = config.database): pg.PoolConfig {
  const options: pg.PoolConfig = {
    host: config.host,
    port: config.port,
    user: config.user,
    password: config.password,
    database,
    ssl: config.ssl,
    application_name: 'parallax-migrate',
  };
  if (config.schema !== 'public') options.options = `-c search_path=${quoteIdent(config.schema)}`;
  return options;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Opens a single client; creates the database first when it does not exist (as migrate deploy does). */
export async function connectClient(config: PgConnectionConfig, log?: (line: string) => void): Promise<pg.Client> {
  const client = new pg.Client(pgOptions(config));
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    if ((error as { code?: string }).code !== '3D000') throw error;
  }
  const admin = new pg.Client(pgOptions(config, 'postgres'));
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${quoteIdent(config.database)}`);
    log?.(`Created database "${config.database}"`);
  } catch (error) {
    // Another process may have created it meanwhile.
    const code = (error as { code?: string }).code;
    if (code !== '42P04' && code !== '23505') throw error;
  } finally {
    await admin.end().catch(() => undefined);
  }
  const retry = new pg.Client(pgOptions(config));
  await retry.connect();
  return retry;
}

/** Wraps a connection failure into a message that names the server, never the password. */
export function describeConnectionError(config: PgConnectionConfig, error: unknown): Error {
  const err = error as { code?: string; message?: string };
  const where = `${config.user}@${config.host}:${config.port}/${config.database}`;
  return new Error(`Cannot connect to PostgreSQL at ${where}: ${err.message ?? String(error)}`, { cause: error });
}
