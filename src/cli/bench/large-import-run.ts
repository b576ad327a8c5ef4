// One large-article import in a fresh process (so the peak memory is this size's own): the
// seed story is imported into a story of its own, then one article of the given size built
// from shuffled seed and fixture sentences is added to it, as an editor's upload would be.
// Meanwhile a small HTTP server on this process's event loop is asked for a page every
// 20 ms: its longest answer shows whether the import blocks the loop. And the app itself
// (next start on the production build, no page cache in front, the same database) is asked
// for the story's own page every 100 ms, from a thread of its own, before and while the import
// runs: what a reader waits for a render during the import. Prints one JSON line.
import { createServer } from 'node:http';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { decodeArticleBytes } from '@/server/services/import/read-article-file';
import { resolveImportRequest } from '@/server/services/import/resolve-import-request';
import { ensureProductionBuild, type RunningServer, startNextServer } from '../next-server';
import { openDatabase } from '../with-database';
import { buildLargeArticle, defaultLargeArticleFolders, readSentences } from './large-article';

async function pageServer() {
  const server = createServer((_request, response) => response.end('<!doctype html><title>ok</title><p>ok</p>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const answers: number[] = [];
  let running = true;
  // Timed from when the request was due, not from when this loop got round to sending it: a
  // reader's request that arrives while the loop is blocked waits for the block too.
  const asking = (async () => {
    let due = performance.now();
    while (running) {
      await (await fetch(`http://127.0.0.1:${port}/`)).text();
      answers.push(performance.now() - due);
      const asleep = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 20));
      due = asleep + 20;
    }
  })();
  return {
    async stop() {
      running = false;
      await asking;
      await new Promise((resolve) => server.close(resolve));
      return answers;
    },
  };
}

// The poller runs on a thread of its own, so the importer's event loop never delays its
// requests or its clock: the times are the app's answers alone.
const POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
const answers = [];
const slow = [];
const began = performance.now();
let failures = 0;
let running = true;
parentPort.on('message', () => (running = false));
(async () => {
  while (running) {
    const due = performance.now();
    try {
      const response = await fetch(workerData.url);
      await response.arrayBuffer();
      if (response.status !== 200) failures++;
    } catch {
      failures++;
    }
    answers.push(performance.now() - due);
    // When the slow answers came, in seconds from the start of polling: a stall, or the first render of a new analysis.
    if (performance.now() - due > 500) slow.push([(due - began) / 1000, performance.now() - due]);
    const wait = workerData.everyMs - (performance.now() - due);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  parentPort.postMessage({ answers, failures, slow });
})();
`;

interface PollResult {
  answers: number[];
  failures: number;
  /** Answers over half a second: [seconds from the start of polling, ms]. */
  slow: [number, number][];
}

/** Asks `url` every `everyMs` from a thread of its own until stopped; the answer times in ms, sorted. */
function pollPage(url: string, everyMs: number): { stop(): Promise<PollResult> } {
  const worker = new Worker(POLLER, { eval: true, workerData: { url, everyMs } });
  const done = new Promise<PollResult>((resolve, reject) => {
    worker.once('message', (result: PollResult) => resolve({ ...result, answers: result.answers.sort((a, b) => a - b) }));
    worker.once('error', reject);
  });
  return {
    async stop() {
      worker.postMessage('stop');
      const result = await done;
      await worker.terminate();
      return result;
    },
  };
}

const summary = ({ answers, failures, slow }: PollResult) => ({
  answers: answers.length,
  failures,
  slow,
  medianMs: answers[Math.floor(answers.length / 2)] ?? null,
  p99Ms: answers[Math.floor(answers.length * 0.99)] ?? null,
  maxMs: answers.at(-1) ?? null,
});

/** The production app on a loopback port of its own, on this process's database (BENCH_STORY_PAGE=0: none). */
async function storyPageServer(): Promise<RunningServer | null> {
  if (process.env.BENCH_STORY_PAGE === '0') return null;
  ensureProductionBuild();
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  const server = await startNextServer({ port, hostname: '127.0.0.1' });
  process.once('exit', () => server.process.kill()); // also when the run fails
  return server;
}

async function main(): Promise<void> {
  const megabytes = Number(process.argv[2]);
  const handle = await openDatabase();
  const { getDb, disconnectDb } = await import('@/server/db');
  const { importStory } = await import('@/server/services/import/import-story');
  const { closeAnalysisPool } = await import('@/server/workers/analysis-pool');
  const db = getDb();
  const slug = `bench-large-${String(megabytes).replace('.', '-')}mb`;
  await db.story.deleteMany({ where: { slug } });
  const seeds = await resolveImportRequest({ paths: [] }, path.resolve('seeds'));
  await importStory(db, { ...seeds, story: { slug, title: `Large article bench (${megabytes} MB)` } });

  const text = buildLargeArticle(readSentences(defaultLargeArticleFolders()), megabytes * 1024 * 1024);
  const file = decodeArticleBytes(`large-${megabytes}mb.txt`, Buffer.from(text));
  const app = await storyPageServer();
  const storyUrl = app ? `${app.baseUrl}/stories/${slug}` : null;
  let storyPageBefore: PollResult | null = null;
  if (storyUrl) {
    for (let i = 0; i < 3; i++) await (await fetch(storyUrl)).arrayBuffer(); // warm the route
    const before = pollPage(storyUrl, 100);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    storyPageBefore = await before.stop();
  }
  const baselineMb = process.memoryUsage().rss / 1024 / 1024;
  const storyPage = storyUrl ? pollPage(storyUrl, 100) : null;
  const pages = await pageServer();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const started = performance.now();
  let error: string | null = null;
  let analysis = null;
  /** When the article was stored (its transaction committed), before the story's analysis. */
  let storedMs: number | null = null;
  try {
    const summary = await importStory(
      db,
      {
        story: { slug },
        articles: [{ file, outlet: 'Bench Large Outlet', publishedAt: new Date('2021-06-09T00:00:00Z') }],
      },
      { onProgress: () => (storedMs = performance.now() - started) },
    );
    analysis = summary.analysis;
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  const ms = performance.now() - started;
  loop.disable();
  const answers = (await pages.stop()).sort((a, b) => a - b);
  const storyPageDuring = storyPage ? await storyPage.stop() : null;
  await app?.stop();
  await db.story.deleteMany({ where: { slug } });
  await closeAnalysisPool();
  await disconnectDb();
  await handle.stop();
  process.stdout.write(
    `${JSON.stringify({
      megabytes,
      bytes: Buffer.byteLength(text),
      ms,
      storedMs,
      error,
      baselineMb,
      peakMb: process.resourceUsage().maxRSS / 1024,
      answers: answers.length,
      answerMaxMs: answers.at(-1) ?? null,
      answerP99Ms: answers[Math.floor(answers.length * 0.99)] ?? null,
      loopMaxMs: loop.max / 1e6,
      storyPage: storyPageBefore && storyPageDuring ? { before: summary(storyPageBefore), during: summary(storyPageDuring) } : null,
      timings: analysis?.timings ?? [],
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
