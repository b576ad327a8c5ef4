// One cross-article measurement in a fresh process (so the peak memory is this size's own):
// prints one JSON line on stdout. Run by bench/cross-article.ts.
import { analyseStory } from '@/pipeline/cross-article/analyse-story';
import { readSeedArticles, seedStoryInput } from './seed-story-input';
import { syntheticStory } from './synthetic-story';

async function main(): Promise<void> {
  const size = Number(process.argv[2]);
  const seed = seedStoryInput(await readSeedArticles());
  analyseStory(syntheticStory(seed, 5)); // warm up (JIT) on a tiny story
  const story = syntheticStory(seed, size);
  const baselineMb = process.memoryUsage().rss / 1024 / 1024;
  const started = performance.now();
  const analysis = analyseStory(story);
  const ms = performance.now() - started;
  process.stdout.write(
    `${JSON.stringify({
      size,
      claims: story.articles.reduce((sum, article) => sum + article.claims.length, 0),
      quotes: story.articles.reduce((sum, article) => sum + article.quotes.length, 0),
      ms,
      baselineMb,
      peakMb: process.resourceUsage().maxRSS / 1024,
      groups: analysis.groups.filter((group) => group.members.length > 1).length,
      timings: analysis.timings,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
