// Normalised words of a quotation, for deciding whether two renderings use "the same
// words": accent-folded, lower-cased, apostrophes unified, punctuation and the writer's
// bracketed insertions dropped.
import { foldAccents } from '../text/fold-accents';

export function quoteWords(text: string): string[] {
  return (
    foldAccents(text)
      // Words in square brackets are the writer's ("stay away [from the river]"), not the speaker's.
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
  /** Longest run of consecutive shared words, and where it ends in each rendering (word counts into `a` and `b`). */
  longestRun: number;
  runEnd: [number, number];
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
  if (x.length === 0 || y.length === 0) return { common: 0, longestRun: 0, runEnd: [0, 0], containment: 0, coverage: 0 };
  let previous = new Uint16Array(y.length + 1);
  let previousRun = new Uint16Array(y.length + 1);
  let longestRun = 0;
  let runEnd: [number, number] = [0, 0];
  for (let i = 1; i <= x.length; i++) {
    const current = new Uint16Array(y.length + 1);
    const run = new Uint16Array(y.length + 1);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] === y[j - 1]) {
        current[j] = previous[j - 1] + 1;
        run[j] = previousRun[j - 1] + 1;
        if (run[j] > longestRun) [longestRun, runEnd] = [run[j], [i, j]];
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
    runEnd,
    containment: common / Math.min(x.length, y.length),
    coverage: common / Math.max(x.length, y.length),
  };
}

/** Fewer shared consecutive words than this, or than half the shorter rendering, and two cuts are not shown to be of one passage. */
const MIN_CUT_OVERLAP = 3;

/**
 * Two renderings that are different cuts of one passage: they share one run of words, and
 * at each end at most one of them goes on past it ("In the meantime, I say this to every
 * family: stay away from the river" against "I say this to every family: stay away from the
 * river. Stay away"). Each outlet left out a part the other kept; neither changed a word the
 * other quotes. Renderings that both go on past the run at the same end ("… this year"
 * against "… next year") word it differently.
 */
export function differentCuts(a: string[], b: string[]): boolean {
  const x = a.slice(0, 200);
  const y = b.slice(0, 200);
  const { longestRun, runEnd } = wordOverlap(x, y);
  const [endX, endY] = runEnd;
  if (longestRun < MIN_CUT_OVERLAP || longestRun < 0.5 * Math.min(x.length, y.length)) return false;
  const before = endX - longestRun > 0 && endY - longestRun > 0;
  const after = endX < x.length && endY < y.length;
  return !before && !after;
}
