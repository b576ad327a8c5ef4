// How alike two fact units are, and how sure that can be. The base is TF-IDF cosine over
// content terms with people as canonical tokens; figures and dates then add evidence or
// limit the verdict:
// - a date dates only its own clause: two units dated to different days are two events;
// - a dated unit against an undated one from an article published weeks away is at most
//   "possibly" the same fact (a May meeting is not June's, but a standing fact may be);
// - figures that cannot both be true, in units that also date them differently, count
//   different things ("5,200 since January" against "4,800 in March").
import { figuresCompatible } from './divergences/number';
import type { StoryQuantity } from './types';

export interface UnitFigure {
  value: number;
  kind: string;
  unit: string | null;
  qualifier?: string | null;
  text?: string;
  currency?: string | null;
}

export interface UnitDate {
  date: string;
  precision: 'day' | 'month';
}

export interface ComparableUnit {
  quantities: UnitFigure[];
  dates: UnitDate[];
  /** Dates that only bound a period ("since January"): they date the unit's figures, not an event. */
  periods?: UnitDate[];
  /** The article's publication day (YYYY-MM-DD). */
  referenceDate?: string;
}

export type Confidence = 'confident' | 'possible';

export interface UnitScore {
  score: number;
  /** The most this pair can be: 'possible' when figures or dates leave doubt. */
  ceiling: Confidence;
}

/**
 * A date that only anchors a span of time ("since January", "since becoming mayor in
 * January", "until March") dates no event of the clause: "more than 5,200 have been treated
 * since January" is not an event of January, and "his first visit since becoming mayor in
 * January" is not a January visit. `before` is the sentence's text up to the date.
 */
export function anchorsDuration(before: string): boolean {
  return /\b(?:since|until|till|through(?:out)?)\b(?:\s+[\p{L}\p{N}'’-]+){0,3}\s*$/iu.test(before);
}

const DAY_MS = 86_400_000;
/** Articles further apart than this report different happenings unless the text says otherwise. */
const SAME_NEWS_DAYS = 7;
/** Cosine above which two undated units of distant articles are the same standing fact. */
export const DISTANT_CONFIDENT = 0.5;
/** Cosine above which two units whose figures clash are one fact reported with different figures. */
export const CLASH_CONFIDENT = 0.5;

const dayDistance = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
const days = (unit: ComparableUnit) => unit.dates.filter((d) => d.precision === 'day').map((d) => d.date);
const months = (unit: ComparableUnit) => unit.dates.map((d) => d.date.slice(0, 7));

const overlap = (x: UnitDate, y: UnitDate) => x.date.startsWith(y.date) || y.date.startsWith(x.date);

/**
 * Two units that both carry dates, none of which meet (a day meets its own month), describe
 * different events: "on Tuesday" against "on Friday, May 7", or "in March" against "in April".
 */
export function datesConflict(a: ComparableUnit, b: ComparableUnit): boolean {
  if (a.dates.length === 0 || b.dates.length === 0) return false;
  return !a.dates.some((x) => b.dates.some((y) => overlap(x, y)));
}

/** A unit dated weeks away from the publication of an undated unit's article is likely another event. */
function datedFarFrom(dated: ComparableUnit, undated: ComparableUnit): boolean {
  if (dated.dates.length === 0 || undated.dates.length > 0 || !undated.referenceDate) return false;
  const dayDates = days(dated);
  return dayDates.length > 0 && dayDates.every((day) => dayDistance(day, undated.referenceDate!) > SAME_NEWS_DAYS);
}

function datedAgainstDistant(a: ComparableUnit, b: ComparableUnit): boolean {
  return datedFarFrom(a, b) || datedFarFrom(b, a);
}

function distantArticles(a: ComparableUnit, b: ComparableUnit): boolean {
  return (
    !!a.referenceDate &&
    !!b.referenceDate &&
    a.dates.length === 0 &&
    b.dates.length === 0 &&
    dayDistance(a.referenceDate, b.referenceDate) > SAME_NEWS_DAYS
  );
}

/** Years and small counts are not figures that identify a fact. */
function comparable(q: UnitFigure): boolean {
  if (q.kind === 'count' && q.value >= 1800 && q.value <= 2100 && Number.isInteger(q.value)) return false;
  return q.kind !== 'count' || q.value >= 10;
}

/** Both units give figures of one kind and no figure of one can be a figure of the other. */
export function figuresClash(a: ComparableUnit, b: ComparableUnit): boolean {
  const xs = a.quantities.filter(comparable);
  const ys = b.quantities.filter(comparable);
  const kinds = new Set(xs.map((q) => q.kind));
  const shared = ys.filter((q) => kinds.has(q.kind));
  if (shared.length === 0) return false;
  return !xs.some((x) => shared.some((y) => x.kind === y.kind && figuresCompatible(x as StoryQuantity, y as StoryQuantity)));
}

const LARGE_FIGURE_BONUS = 0.25;

/**
 * Evidence from figures: the same large figure at different precision ("more than
 * 40,000" vs "41,372", within 10%) is strong evidence of one fact; small numbers are not.
 */
export function figureBonus(a: ComparableUnit, b: ComparableUnit): number {
  let bonus = 0;
  for (const x of a.quantities) {
    for (const y of b.quantities) {
      if (x.kind !== y.kind || Math.min(x.value, y.value) < 10 || !comparable(x)) continue;
      if (Math.abs(x.value - y.value) > 0.1 * Math.max(x.value, y.value)) continue;
      bonus = Math.max(bonus, Math.min(x.value, y.value) >= 1000 ? LARGE_FIGURE_BONUS : 0.1);
    }
  }
  return bonus;
}

/** Two units that name the same day (or month) share evidence of one event. */
export function dateBonus(a: ComparableUnit, b: ComparableUnit): number {
  if (days(a).some((day) => days(b).includes(day))) return 0.08;
  return months(a).some((month) => months(b).includes(month)) ? 0.04 : 0;
}

/** The most the figure and date evidence can add to a cosine. */
export const MAX_BONUS = 0.25 + 0.08;

/**
 * The score of a unit pair from its text cosine, with the figures' and dates' evidence and
 * limits. A pair whose cosine cannot reach `floor` even with every bonus is not examined further.
 */
export function scoreUnits(a: ComparableUnit, b: ComparableUnit, cosine: number, floor = 0): UnitScore {
  if (cosine + MAX_BONUS < floor) return { score: cosine, ceiling: 'possible' };
  if (datesConflict(a, b)) return { score: 0, ceiling: 'possible' };
  const clash = a.quantities.length > 0 && b.quantities.length > 0 && figuresClash(a, b);
  const dated = a.dates.length > 0 && b.dates.length > 0;
  // Figures are dated by their period too: "5,200 since January" and "4,800 in March" count different spans.
  const figureMonths = (unit: ComparableUnit) => [...unit.dates, ...(unit.periods ?? [])].map((d) => d.date.slice(0, 7));
  const figuresDated = figureMonths(a).length > 0 && figureMonths(b).length > 0;
  const monthsDiffer = figuresDated && !figureMonths(a).some((m) => figureMonths(b).includes(m));
  // Two exact figures a few percent apart for the same month ("61,240 … in April" and
  // "62,118 … in April") are one count reported differently: the number divergence a reader
  // most needs to see, not two facts.
  const closeClash = clash && dated && !monthsDiffer && figureBonus(a, b) >= LARGE_FIGURE_BONUS;
  const figures = a.quantities.length === 0 || b.quantities.length === 0 || (clash && !closeClash) ? 0 : figureBonus(a, b);
  const bonus = figures + (dated ? dateBonus(a, b) : 0);
  const score = Math.min(1, cosine + bonus);
  let ceiling: Confidence = 'confident';
  if (clash && !closeClash && (monthsDiffer || cosine < CLASH_CONFIDENT)) ceiling = 'possible';
  // Figures over different periods ("since January" against "in March") count different things, even when they look alike.
  if (monthsDiffer && a.quantities.some(comparable) && b.quantities.some(comparable)) ceiling = 'possible';
  if (datedAgainstDistant(a, b)) ceiling = 'possible';
  if (distantArticles(a, b) && cosine < DISTANT_CONFIDENT) ceiling = 'possible';
  return { score, ceiling };
}
