// Server response times of the comparison pages under load (autocannon: 20 connections
// for 15 s each), next to a static route of the same server, on a production build with
// the seed story in a database of its own; through the page cache, as readers get them,
// plus what one render costs without it.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { readManifest } from '@/server/services/import/manifest';
import { log } from '../with-database';

const PORT = Number(process.env.BENCH_PORT ?? 3190);
const BASE = `http://127.0.0.1:${PORT}`;

async function waitForServer(server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app exited with code ${server.exitCode} before answering`);
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not answer on ${BASE} within ${timeoutMs / 1000} s`);
}

async function load(path: string, seconds: number, headers: Record<string, string> = {}) {
  for (let i = 0; i < 10; i++) await (await fetch(`${BASE}${path}`, { headers })).arrayBuffer(); // warm the route and its cache
  const result = await autocannon({ url: `${BASE}${path}`, connections: 20, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${path}: ${result.non2xx} non-2xx answers, ${result.errors} errors under load`);
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average };
}

/**
 * One request that the page cache has no stored copy for: what a render costs. A made-up
 * session cookie no longer passes the cache by (issue 12, item 6), so each request asks for an
 * address not asked before (a query parameter the page ignores), which the cache must render.
 */
async function renderTime(path: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const response = await fetch(`${BASE}${path}?bench-render=${Date.now()}-${i}`);
    await response.arrayBuffer();
    if (response.headers.get('x-parallax-cache') !== 'miss') throw new Error(`${path}: the render request was not a page-cache miss`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[3];
}

/** PDF export of the full seed story: the first request (browser launch included), then the median of ten. */
async function benchPdf(slug: string): Promise<void> {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(`${BASE}/stories/${slug}/export.pdf`);
    const bytes = (await response.arrayBuffer()).byteLength;
    if (!response.ok) throw new Error(`PDF export answered ${response.status}`);
    return { ms: performance.now() - started, bytes };
  };
  const cold = await once();
  const warm: number[] = [];
  let size = cold.bytes;
  for (let i = 0; i < 10; i++) {
    const run = await once();
    warm.push(run.ms);
    size = run.bytes;
  }
  warm.sort((a, b) => a - b);
  log(
    `  PDF export of the full story: cold ${(cold.ms / 1000).toFixed(2)} s, warm median ${(warm[5] / 1000).toFixed(2)} s (target < 1.5 s), ${(size / 1024).toFixed(0)} KB`,
  );
}

export async function benchPages(seconds: number): Promise<void> {
  // The story the app imports at start: the seeds' (named in their manifest, not here).
  const slug = (await readManifest(path.resolve('seeds/manifest.json'))).story.slug;
  log(`Exports and page response times (production build; pages under 20 connections for ${seconds} s each):`);
  const server = spawn(process.execPath, [...process.execArgv, 'src/cli/start.ts'], {
    env: { ...process.env, PORT: String(PORT), EMBEDDED_PG_DATABASE: process.env.EMBEDDED_PG_DATABASE ?? 'parallax_bench' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  try {
    await waitForServer(server, 600_000);
    await benchPdf(slug);
    const gzip = { 'accept-encoding': 'gzip' }; // what browsers send
    const routes = [
      { name: 'static /icon.svg', path: '/icon.svg', headers: {} },
      { name: `/stories/${slug}`, path: `/stories/${slug}`, headers: {} },
      { name: `/stories/${slug}/compare`, path: `/stories/${slug}/compare`, headers: {} },
      { name: `/stories/${slug} (gzip)`, path: `/stories/${slug}`, headers: gzip },
      { name: `/stories/${slug}/compare (gzip)`, path: `/stories/${slug}/compare`, headers: gzip },
    ];
    const results = [];
    for (const route of routes) results.push({ ...route, ...(await load(route.path, seconds, route.headers)) });
    const reference = results[0];
    for (const result of results) {
      const ratio = result === reference ? '' : `  p99 ratio to static ${(result.p99 / reference.p99).toFixed(1)}× (target ≤ 3×)`;
      log(
        `  ${result.name.padEnd(48)} p50 ${String(result.p50).padStart(4)} ms  p99 ${String(result.p99).padStart(4)} ms  ${Math.round(result.rps)} req/s${ratio}`,
      );
    }
    // Readers are answered from the page cache while the story is unchanged; the first
    // reader after a change (and every editor) waits for a render.
    for (const route of routes.slice(1, 3))
      log(`  render without the page cache, ${route.path}: median ${(await renderTime(route.path)).toFixed(0)} ms`);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr}`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}
