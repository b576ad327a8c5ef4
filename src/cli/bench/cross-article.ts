// Cross-article analysis on synthetic stories of growing size, each in its own process.
import { spawnSync } from 'node:child_process';
import { log } from '../with-database';
import { growthExponent } from './stats';

interface Run {
  size: number;
  claims: number;
  quotes: number;
  ms: number;
  baselineMb: number;
  peakMb: number;
  groups: number;
  timings: { stage: string; ms: number }[];
}

function measure(size: number): Run {
  const result = spawnSync(process.execPath, [...process.execArgv, 'src/cli/bench/cross-article-run.ts', String(size)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    timeout: 3_600_000, // 3,000 articles take minutes on a shared machine
  });
  if (result.status !== 0) throw new Error(`the ${size}-article run failed: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Run;
}

export function benchCrossArticle(sizes: number[]): void {
  log(`Cross-article analysis on synthetic stories built from the seed claims (one process per size):`);
  const runs: Run[] = [];
  for (const size of sizes) {
    const run = measure(size);
    runs.push(run);
    log(
      `  ${String(size).padStart(5)} articles  ${String(run.claims).padStart(6)} claims  ${(run.ms / 1000).toFixed(2).padStart(7)} s  ` +
        `peak RSS ${run.peakMb.toFixed(0)} MB (${(run.peakMb - run.baselineMb).toFixed(0)} MB above the loaded seeds)  ${run.groups} multi-article groups`,
    );
    log(`        ${run.timings.map((t) => `${t.stage} ${(t.ms / 1000).toFixed(2)} s`).join(', ')}`);
  }
  for (let i = 1; i < runs.length; i++) {
    const [a, b] = [runs[i - 1], runs[i]];
    log(`  growth exponent ${a.size} → ${b.size}: ${growthExponent(a.size, a.ms, b.size, b.ms).toFixed(2)} (target ≤ 1.3)`);
  }
  const largest = runs.at(-1)!;
  log(`  ${largest.size} articles in ${(largest.ms / 1000).toFixed(1)} s (target < 30 s at 1,000)`);
}
