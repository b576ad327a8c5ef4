// npm run bench: prints speed figures (not a test: these machines are shared and noisy).
// BENCH_ROUNDS (default 20) rounds for the per-article figures; BENCH_SIZES (default
// 10,100,1000) synthetic story sizes for the cross-article figures.
import { log } from './with-database';
import { benchCrossArticle } from './bench/cross-article';
import { benchPerArticle } from './bench/per-article';
import { readSeedArticles } from './bench/seed-story-input';

async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
  const sizes = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number);
  benchPerArticle(await readSeedArticles(), rounds);
  log('');
  benchCrossArticle(sizes);
  log(`  bench process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main().catch((error: unknown) => {
  log(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
