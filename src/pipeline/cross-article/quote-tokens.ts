// Normalised words of a quotation, for deciding whether two renderings use "the same
// words": accent-folded, lower-cased, apostrophes unified, punctuation and the writer's
// bracketed insertions dropped.
import { foldAccents } from '../text/fold-accents';

export function quoteWords(text: string): string[] {
  return (
    foldAccents(text)
      // Words in square brackets are the writer's ("do not come [to the US]"), not the speaker's.
      .replace(/\[[^\]]{0,200}\]/g, ' ')
      .toLowerCase()
      .replace(/[\u2019\u2018\u00b4`]/g, "'")
      .split(/[^a-z0-9']+/)
      .map((word) => word.replace(/^'+|'+$/g, ''))
      .filter(Boolean)
  );
}

export interface WordOverlap {
  /** Words of the shorter rendering found, in order, in the longer one. */
  common: number;
  /** Longest run of consecutive shared words. */
  longestRun: number;
  /** common / length of the shorter rendering. */
  containment: number;
  /** common / length of the longer rendering. */
  coverage: number;
}

/**
 * In-order word overlap of two renderings (longest common subsequence). Quotes are short
 * (rarely above 100 words), so the quadratic table is cheap; longer inputs are cut.
 */
export function wordOverlap(a: string[], b: string[]): WordOverlap {
  const x = a.slice(0, 200);
  const y = b.slice(0, 200);
  if (x.length === 0 || y.length === 0) return { common: 0, longestRun: 0, containment: 0, coverage: 0 };
  let previous = new Uint16Array(y.length + 1);
  let previousRun = new Uint16Array(y.length + 1);
  let longestRun = 0;
  for (let i = 1; i <= x.length; i++) {
    const current = new Uint16Array(y.length + 1);
    const run = new Uint16Array(y.length + 1);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] === y[j - 1]) {
        current[j] = previous[j - 1] + 1;
        run[j] = previousRun[j - 1] + 1;
        if (run[j] > longestRun) longestRun = run[j];
      } else {
        current[j] = Math.max(previous[j], current[j - 1]);
      }
    }
    previous = current;
    previousRun = run;
  }
  const common = previous[y.length];
  return {
    common,
    longestRun,
    containment: common / Math.min(x.length, y.length),
    coverage: common / Math.max(x.length, y.length),
  };
}
