// One large-article import in a fresh process (so the peak memory is this size's own): the
// seed story is imported into a story of its own, then one article of the given size built
// from shuffled seed and fixture sentences is added to it, as an editor's upload would be.
// Meanwhile a small HTTP server on this process's event loop is asked for a page every
// 20 ms: its longest answer shows whether the import blocks the loop. Prints one JSON line.
import { createServer } from 'node:http';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { decodeArticleBytes } from '@/server/services/import/read-article-file';
import { resolveImportRequest } from '@/server/services/import/resolve-import-request';
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
  const baselineMb = process.memoryUsage().rss / 1024 / 1024;
  const pages = await pageServer();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const started = performance.now();
  let error: string | null = null;
  let analysis = null;
  try {
    const summary = await importStory(db, {
      story: { slug },
      articles: [{ file, outlet: 'Bench Large Outlet', publishedAt: new Date('2021-06-09T00:00:00Z') }],
    });
    analysis = summary.analysis;
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  const ms = performance.now() - started;
  loop.disable();
  const answers = (await pages.stop()).sort((a, b) => a - b);
  await db.story.deleteMany({ where: { slug } });
  await closeAnalysisPool();
  await disconnectDb();
  await handle.stop();
  process.stdout.write(
    `${JSON.stringify({
      megabytes,
      bytes: Buffer.byteLength(text),
      ms,
      error,
      baselineMb,
      peakMb: process.resourceUsage().maxRSS / 1024,
      answers: answers.length,
      answerMaxMs: answers.at(-1) ?? null,
      answerP99Ms: answers[Math.floor(answers.length * 0.99)] ?? null,
      loopMaxMs: loop.max / 1e6,
      timings: analysis?.timings ?? [],
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
