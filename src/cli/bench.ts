// npm run bench: prints speed figures (not a test: these machines are shared and noisy).
// BENCH_ROUNDS (default 20) rounds for the per-article figures; BENCH_SIZES (default
// 10,100,1000) synthetic story sizes for the cross-article figures; BENCH_LOAD_SECONDS
// (default 15) per route for the page figures; BENCH_LARGE_MB (default 1,2,5) article sizes for
// the large-import figures; BENCH_ONLY=per-article,cross-article,large-import,pages.

import { benchCrossArticle } from './bench/cross-article';
import { benchLargeImport } from './bench/large-import';
import { benchPages } from './bench/pages';
import { benchPerArticle } from './bench/per-article';
import { readSeedArticles } from './bench/seed-story-input';
import { log } from './with-database';

async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
  const sizes = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number);
  const only = new Set((process.env.BENCH_ONLY ?? 'per-article,cross-article,large-import,pages').split(','));
  if (only.has('per-article')) benchPerArticle(await readSeedArticles(), rounds);
  if (only.has('cross-article')) {
    log('');
    benchCrossArticle(sizes);
  }
  if (only.has('large-import')) {
    log('');
    benchLargeImport((process.env.BENCH_LARGE_MB ?? '1,2,5').split(',').map(Number));
  }
  if (only.has('pages')) {
    log('');
    await benchPages(Number(process.env.BENCH_LOAD_SECONDS ?? 15));
  }
  log(`  bench process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main().catch((error: unknown) => {
  log(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
