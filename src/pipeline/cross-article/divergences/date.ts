// Date divergences: members of one fact that date it differently. The alignment's date
// gate already keeps different days apart, so what reaches here are month-level
// disagreements (or a day outside the other's month).
import type { StoryDate } from '../types';
import { type FactMemberView, listNames } from './member-view';

function overlaps(a: StoryDate, b: StoryDate): boolean {
  const length = Math.min(a.date.length, b.date.length);
  return a.date.slice(0, length) === b.date.slice(0, length);
}

/**
 * True when each member gives the fact one date, at the same precision, and they differ.
 * A sentence with several dates usually dates several things ("since becoming mayor in
 * January, … will visit on the 7th"), so those are not compared.
 */
export function datesDiffer(a: FactMemberView, b: FactMemberView): boolean {
  if (a.claim.dates.length !== 1 || b.claim.dates.length !== 1) return false;
  const [x, y] = [a.claim.dates[0], b.claim.dates[0]];
  return x.precision === y.precision && !overlaps(x, y);
}

export function describeDateDivergence(pairs: [FactMemberView, FactMemberView][]) {
  const parts = pairs.map(
    ([a, b]) =>
      `${a.outlet} “${a.claim.dates.map((d) => d.text).join(', ')}” (${a.claim.dates[0].date}) against ${b.outlet} “${b.claim.dates.map((d) => d.text).join(', ')}” (${b.claim.dates[0].date})`,
  );
  const outlets = listNames(pairs.flatMap(([a, b]) => [a.outlet, b.outlet]));
  return {
    detail: `${outlets} date it differently: ${parts.join('; ')}.`,
    score: 0.6,
    data: {
      dates: pairs.map(([a, b]) => ({
        articles: [a.articleId, b.articleId],
        dates: [a.claim.dates.map((d) => d.date), b.claim.dates.map((d) => d.date)],
      })),
    },
  };
}
