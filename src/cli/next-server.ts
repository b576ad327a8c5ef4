// Starting the production Next.js server from a CLI (npm start, the PDF export, the page
// benchmark): a current build first, then `next start` on a port of its own, ready when it answers.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { buildIsCurrent, markBuildCurrent } from './build-freshness';
import { log } from './with-database';

/** The environment every Next.js process gets: the caller's (DATABASE_URL included), no telemetry. */
const nextEnv = () => ({ ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' });

/** Runs `next build` when the sources changed since the last build. */
export function ensureProductionBuild(): void {
  if (buildIsCurrent()) return;
  log('No current production build: running next build (about a minute the first time)…');
  const build = spawnSync('next', ['build'], { stdio: ['ignore', 2, 2], env: nextEnv() }); // build logs on stderr: stdout may carry an export
  if (build.status !== 0) throw new Error('next build failed (see the output above)');
  markBuildCurrent();
}

export interface RunningServer {
  baseUrl: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface NextServerOptions {
  port: number;
  /** Listen on this address only (default: every address, as `next start` does). */
  hostname?: string;
  /** Show the server's own output (npm start) instead of keeping only its last errors. */
  showOutput?: boolean;
  timeoutMs?: number;
  /** How long an idle connection stays open (Next.js' own default is 5 s). */
  keepAliveMs?: number;
}

/** `next start` (the environment, DATABASE_URL included, is passed on); resolves once it answers. */
export async function startNextServer({
  port,
  hostname,
  showOutput = false,
  timeoutMs = 120_000,
  keepAliveMs,
}: NextServerOptions): Promise<RunningServer> {
  const args = [
    'start',
    '-p',
    String(port),
    ...(hostname ? ['-H', hostname] : []),
    ...(keepAliveMs ? ['--keepAliveTimeout', String(keepAliveMs)] : []),
  ];
  const child = spawn('next', args, {
    env: nextEnv(),
    stdio: ['ignore', showOutput ? 'pipe' : 'ignore', showOutput ? 'inherit' : 'pipe'],
  });
  // Next.js announces its own (private) address; npm start announces the public one.
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = chunk
      .toString()
      .split('\n')
      .filter((line) => !/^\s*- (Local|Network):/.test(line));
    process.stdout.write(lines.join('\n'));
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}: ${stderr.trim()}`);
    try {
      if ((await fetch(`${baseUrl}/`)).status < 500) return { baseUrl, process: child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error(`next start did not answer on ${baseUrl} within ${timeoutMs / 1000} s`);
}

/** `next dev` on `port`, its output shown (npm run dev). */
export function startDevServer(port: number): { exited: Promise<number>; pid: number | undefined; stop(): Promise<void> } {
  const server = spawn('next', ['dev', '-p', String(port)], { stdio: 'inherit', env: nextEnv() });
  const exited = new Promise<number>((resolve) => server.once('exit', (code) => resolve(code ?? 0)));
  return {
    exited,
    pid: server.pid,
    async stop() {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
      await exited;
    },
  };
}
