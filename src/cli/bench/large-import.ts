// Large single articles (the 5 MB upload limit and below): import time, peak memory, and the
// longest answer of a page server on the importing process's event loop while it runs, and
// of the app's own story page (a render each time) asked every 100 ms before and during it.
import { spawnSync } from 'node:child_process';
import { log } from '../with-database';
import { growthExponent } from './stats';

interface Run {
  megabytes: number;
  ms: number;
  storedMs?: number | null;
  error: string | null;
  baselineMb: number;
  peakMb: number;
  answers: number;
  answerMaxMs: number | null;
  answerP99Ms: number | null;
  loopMaxMs: number;
  storyPage: { before: PageFigures; during: PageFigures } | null;
}

interface PageFigures {
  answers: number;
  failures: number;
  slow?: [number, number][];
  medianMs: number | null;
  p99Ms: number | null;
  maxMs: number | null;
}

const ms = (value: number | null) => (value === null ? '-' : `${value.toFixed(0)} ms`);
const pageFigures = (figures: PageFigures) =>
  `${figures.answers} answers (${figures.failures} not 200), median ${ms(figures.medianMs)}, p99 ${ms(figures.p99Ms)}, longest ${ms(figures.maxMs)}` +
  (figures.slow?.length
    ? ` (over 0.5 s: ${figures.slow.map(([at, took]) => `${took.toFixed(0)} ms at ${at.toFixed(1)} s`).join(', ')})`
    : '');

function measure(megabytes: number): Run {
  const result = spawnSync(process.execPath, [...process.execArgv, 'src/cli/bench/large-import-run.ts', String(megabytes)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    timeout: 1_800_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0)
    throw new Error(`the ${megabytes} MB import run failed: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Run;
}

export function benchLargeImport(sizes: number[]): void {
  log(
    `Import of one large article into the seed story (one process per size; a page server on the importing event loop is asked every 20 ms, ` +
      `and the app's story page every 100 ms):`,
  );
  const runs: Run[] = [];
  for (const megabytes of sizes) {
    const run = measure(megabytes);
    runs.push(run);
    const outcome = run.error ? `FAILED: ${run.error.slice(0, 160)}` : 'ok';
    log(
      `  ${String(megabytes).padStart(4)} MB  import ${(run.ms / 1000).toFixed(1).padStart(6)} s  peak RSS ${run.peakMb.toFixed(0).padStart(5)} MB ` +
        `(before ${run.baselineMb.toFixed(0)} MB)  page answers: ${run.answers}, longest ${run.answerMaxMs?.toFixed(0) ?? '-'} ms, ` +
        `p99 ${run.answerP99Ms?.toFixed(0) ?? '-'} ms  event-loop delay max ${run.loopMaxMs.toFixed(0)} ms  ${outcome}`,
    );
    if (run.storyPage)
      log(
        `        story page /stories/<slug> (next start, no page cache, every 100 ms): before the import ${pageFigures(run.storyPage.before)}; ` +
          `during it ${pageFigures(run.storyPage.during)}` +
          (run.storedMs
            ? `; the article was stored at ${(run.storedMs / 1000).toFixed(1)} s, the story's analysis ended at ${(run.ms / 1000).toFixed(1)} s`
            : ''),
      );
  }
  for (let i = 1; i < runs.length; i++) {
    const [a, b] = [runs[i - 1], runs[i]];
    log(
      `  growth ${a.megabytes} → ${b.megabytes} MB: time ∝ size^${growthExponent(a.megabytes, a.ms, b.megabytes, b.ms).toFixed(2)} (target ≤ 1.2)`,
    );
  }
}
