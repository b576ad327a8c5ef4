// Number divergences: the same quantity given differently by two outlets ("more than
// 40,000" against "41,372"). A figure is matched with the closest figure of the same kind
// in the other member; figures more than 1.5× apart are taken to count different things.
import type { StoryQuantity } from '../types';
import { type FactMemberView, listNames } from './member-view';

export interface FigurePair {
  a: FactMemberView;
  b: FactMemberView;
  qa: StoryQuantity;
  qb: StoryQuantity;
}

const LOWER_BOUND = new Set(['more than', 'over', 'upwards of', 'at least', 'well over', 'just over']);
const UPPER_BOUND = new Set([
  'nearly',
  'almost',
  'close to',
  'just under',
  'fewer than',
  'less than',
  'under',
  'below',
  'up to',
  'as many as',
  'as much as',
]);
const APPROXIMATE = new Set(['about', 'around', 'roughly', 'approximately', 'some', 'an estimated']);
const SAME_QUANTITY_RATIO = 1.5;

/** Years ("since 2000") and small counts ("two leaders") are not figures worth comparing. */
function comparable(quantity: StoryQuantity): boolean {
  if (quantity.kind === 'count' && /^\d{4}$/.test(quantity.text.trim()) && quantity.value >= 1800 && quantity.value <= 2100) return false;
  return quantity.kind !== 'count' || quantity.value >= 10;
}

function ratio(x: number, y: number): number {
  return Math.max(x, y) / Math.max(Math.min(x, y), Number.EPSILON);
}

/** Whether the figure `q` as qualified admits `other` as the true value. */
function admits(q: StoryQuantity, other: number): boolean {
  const qualifier = q.qualifier ?? '';
  if (LOWER_BOUND.has(qualifier)) return other >= q.value && other <= q.value * 1.25;
  if (UPPER_BOUND.has(qualifier)) return other <= q.value && other >= q.value * 0.8;
  if (APPROXIMATE.has(qualifier)) return Math.abs(other - q.value) <= 0.1 * q.value;
  // A round figure is a rounding of anything within 5% of it.
  const roundness = q.value >= 1000 && q.value % 1000 === 0;
  return other === q.value || (roundness && Math.abs(other - q.value) <= 0.05 * q.value);
}

/** Two figures that can both be true (different precision), as opposed to a contradiction. */
export function figuresCompatible(qa: StoryQuantity, qb: StoryQuantity): boolean {
  return admits(qa, qb.value) || admits(qb, qa.value);
}

/** Pairs of figures in two members that seem to count the same thing but differ. */
export function differingFigures(a: FactMemberView, b: FactMemberView): FigurePair[] {
  const pairs: FigurePair[] = [];
  const others = b.claim.quantities.filter(comparable);
  for (const qa of a.claim.quantities.filter(comparable)) {
    const candidates = others.filter((qb) => qb.kind === qa.kind && (qa.kind !== 'money' || qa.currency === qb.currency));
    if (candidates.length === 0 || candidates.some((qb) => qb.value === qa.value)) continue;
    const closest = candidates.reduce((best, qb) => (ratio(qa.value, qb.value) < ratio(qa.value, best.value) ? qb : best));
    if (ratio(qa.value, closest.value) <= SAME_QUANTITY_RATIO) pairs.push({ a, b, qa, qb: closest });
  }
  return pairs;
}

function figureText(q: StoryQuantity): string {
  return q.unit && !q.text.includes(q.unit) ? `${q.text} ${q.unit}` : q.text;
}

export function describeNumberDivergence(pairs: FigurePair[]) {
  const compatible = pairs.every((pair) => figuresCompatible(pair.qa, pair.qb));
  const parts = pairs.map((pair) => `${pair.a.outlet} “${figureText(pair.qa)}” against ${pair.b.outlet} “${figureText(pair.qb)}”`);
  const outlets = listNames(pairs.flatMap((pair) => [pair.a.outlet, pair.b.outlet]));
  const detail = `${outlets} give different figures: ${parts.join('; ')}${compatible ? ' (compatible: one is rounded or qualified)' : ''}.`;
  const score = Math.max(...pairs.map((pair) => Math.abs(pair.qa.value - pair.qb.value) / Math.max(pair.qa.value, pair.qb.value)));
  const data = {
    compatible,
    figures: pairs.map((pair) => ({
      articles: [pair.a.articleId, pair.b.articleId],
      values: [pair.qa.value, pair.qb.value],
      texts: [pair.qa.text, pair.qb.text],
      units: [pair.qa.unit, pair.qb.unit],
    })),
  };
  return { detail, score: Math.min(1, 0.5 + score), data };
}
