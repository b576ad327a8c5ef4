// Server response times of the comparison pages under load (autocannon: 20 connections
// for 15 s each), next to a static route of the same server, on a production build with
// the seed story in a database of its own; through the page cache, as readers get them,
// the same while a stranger asks for addresses of their own as fast as they can, and what
// one render costs without the cache (PAGE_CACHE_MB=0).
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
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
 * What one render costs: the median of seven requests to a server started with the page cache
 * off (PAGE_CACHE_MB=0). No request can pass a running cache by (issue 12, item 6): a made-up
 * session cookie gets the stored copy, and so does a query parameter the page does not read.
 */
async function renderTime(path: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const response = await fetch(`${BASE}${path}`);
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

/**
 * A stranger on another address (127.0.0.2) asking, over 8 connections and as fast as answers
 * come, for `path` with a query of their own each time, while `load` runs. Counts the answers.
 */
function stranger(path: string, query: (n: number) => string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const counts = { requests: 0, hit: 0, miss: 0, refused: 0, other: 0 };
  let stopped = false;
  const one = (n: number) =>
    new Promise<void>((resolve) => {
      const request = http.get(
        {
          host: '127.0.0.1',
          port: PORT,
          localAddress: '127.0.0.2',
          agent,
          path: `${path}?${query(n)}`,
          headers: { 'accept-encoding': 'gzip' },
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            counts.requests += 1;
            const cache = response.headers['x-parallax-cache'];
            if (response.statusCode === 429) counts.refused += 1;
            else if (cache === 'hit' || cache === 'miss') counts[cache] += 1;
            else counts.other += 1;
            resolve();
          });
        },
      );
      request.on('error', () => resolve());
    });
  let n = 0;
  const loops = Array.from({ length: 8 }, async () => {
    while (!stopped) await one(n++);
  });
  return {
    async stop() {
      stopped = true;
      await Promise.all(loops);
      agent.destroy();
      return counts;
    },
  };
}

/** A reader's client navigation (an RSC request, never stored: always a render): the median of seven, one after another. */
async function navigationTime(path: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const response = await fetch(`${BASE}${path}`, { headers: { rsc: '1' } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: a client navigation answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[3];
}

/** `npm start` on the bench database with `env`, until `run` is done. */
async function withServer(env: Record<string, string>, run: () => Promise<void>): Promise<void> {
  const server = spawn(process.execPath, [...process.execArgv, 'src/cli/start.ts'], {
    env: { ...process.env, PORT: String(PORT), EMBEDDED_PG_DATABASE: process.env.EMBEDDED_PG_DATABASE ?? 'parallax_bench', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  try {
    await waitForServer(server, 600_000);
    await run();
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr}`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

export async function benchPages(seconds: number): Promise<void> {
  // The story the app imports at start: the seeds' (named in their manifest, not here).
  const slug = (await readManifest(path.resolve('seeds/manifest.json'))).story.slug;
  log(`Exports and page response times (production build; pages under 20 connections for ${seconds} s each):`);
  await withServer({}, async () => {
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
    // A stranger asking for addresses of their own: a parameter the page does not read is the
    // stored copy; a parameter it reads (a page number) is a render, at most 2 at once per address.
    const compare = `/stories/${slug}/compare`;
    log(
      `  a reader's client navigation to ${compare} (RSC, a render), no stranger: median ${(await navigationTime(compare)).toFixed(0)} ms`,
    );
    for (const [what, query] of [
      ['?x=<random>', (n: number) => `x=${n}-${Math.random()}`],
      ['?page=<random>', (n: number) => `page=${1000 + n}`],
    ] as const) {
      const running = stranger(compare, query);
      const navigation = await navigationTime(compare);
      const readers = await load(compare, seconds, gzip);
      const asked = await running.stop();
      log(
        `  ${`${compare} (gzip), stranger asking ${what}`.padEnd(48)} p50 ${String(readers.p50).padStart(4)} ms  p99 ${String(readers.p99).padStart(4)} ms  ${Math.round(readers.rps)} req/s  (stranger: ${asked.requests} answers, ${asked.hit} stored copies, ${asked.miss} renders, ${asked.refused} refused 429${asked.other ? `, ${asked.other} other` : ''}); a reader's client navigation meanwhile: median ${navigation.toFixed(0)} ms`,
      );
    }
  });
  // Readers are answered from the page cache while the story is unchanged; the first
  // reader after a change (and every editor) waits for a render.
  await withServer({ PAGE_CACHE_MB: '0' }, async () => {
    for (const route of [`/stories/${slug}`, `/stories/${slug}/compare`])
      log(`  render without the page cache (PAGE_CACHE_MB=0), ${route}: median ${(await renderTime(route)).toFixed(0)} ms`);
  });
}
