// Cross-article claim alignment: the same fact reported by several articles, grouped.
// Claims are cut into fact units (fact-units.ts), so a sentence that states several facts
// can join each of them; every pair of units from different articles is scored
// (unit-similarity.ts), and groups are built twice: first from pairs the alignment is
// sure of ("confident" rows, which carry agreement, divergence and omission verdicts),
// then, among what is left, from weaker pairs ("possible" rows, shown as possibly related
// until an editor confirms or splits them).

import { agglomerate, type LinkCheck } from './agglomerate';
import { isFragment } from './clause-kind';
import { factTerms } from './content-terms';
import { factUnits } from './fact-units';
import { type AlignConstraints, cannotLinkPartners, NO_CONSTRAINTS } from './group-constraints';
import { cosine, pairsToScore, vectorise } from './tfidf';
import {
  anchorsDuration,
  type ComparableUnit,
  type Confidence,
  figureBonus,
  MAX_BONUS,
  scoreUnits,
  type UnitDate,
  type UnitFigure,
  type UnitScore,
} from './unit-similarity';

export { datesConflict, figureBonus } from './unit-similarity';

type Spanned = { start?: number; end?: number };

export interface AlignableClaim {
  articleId: number;
  text: string;
  /** Span of the sentence in its article (offsets of figures, dates and quotations use it); 0 when absent. */
  start?: number;
  end?: number;
  personKeys: string[];
  quantities: (UnitFigure & Spanned)[];
  dates: (UnitDate & Spanned)[];
  /** The article's publication day (YYYY-MM-DD). */
  referenceDate?: string;
  /** Quotations in the sentence that are aligned as utterances of their own: left out of its facts. */
  quotations?: { start: number; end: number }[];
}

export interface ClaimGroupDraft {
  /** Indexes into the input claims, at most one per article. */
  members: number[];
  /** Similarity of each member to the group's closest other member (1 for a single). */
  similarities: number[];
  /**
   * Per member, the part of its sentence the row is about (the extent of its matched fact
   * units, as offsets in its article): figures and dates elsewhere in the sentence date or
   * count other things. Absent for a claim given without a span.
   */
  spans: ({ start: number; end: number } | null)[];
  score: number;
  confidence: Confidence;
}

export interface AlignOptions {
  /** Pairs at or above this are the same fact with confidence. */
  threshold?: number;
  /** Pairs at or above this (and below the threshold) are possibly the same fact. */
  possibleThreshold?: number;
  /** Editors' splits and merges (see group-constraints.ts), by claim index. */
  constraints?: AlignConstraints;
  /** Words of the story's people's names: compared through the people's tokens, not as words. */
  nameWords?: ReadonlySet<string>;
}

interface Unit extends ComparableUnit {
  claim: number;
  /** The unit's span in its article. */
  start: number;
  end: number;
  articleId: number;
  text: string;
}

// Measured on both golden stories (tests/golden): see docs/decisions/006-fact-units-and-confidence.md.
export const CONFIDENT_THRESHOLD = 0.3;
export const POSSIBLE_THRESHOLD = 0.22;
/**
 * A confident pair must share words of their own, not only people and the story's common
 * words: the summed IDF of the shared words, as a share of the IDF of a word seen once.
 */
export const MIN_SHARED_EVIDENCE = 1.6;
const MIN_UNITS_FOR_EVIDENCE = 50;
/** Cosine at which two units are the same words (a wire copy): no further doubt applies. */
const NEAR_IDENTICAL = 0.9;
/** Units that share no person must share at least this many words to be related at all. */
const MIN_SHARED_WORDS = 2;

function unitsOf(claims: AlignableClaim[]): Unit[] {
  return claims.flatMap((claim, index) => {
    const start = claim.start ?? 0;
    const source = {
      start,
      end: claim.end ?? start + claim.text.length,
      text: claim.text,
      quantities: claim.quantities.map((q) => ({ start: q.start ?? start, end: q.end ?? start })),
      dates: claim.dates.map((d) => ({ start: d.start ?? start, end: d.end ?? start })),
    };
    const spans = factUnits(source, claim.quotations ?? []);
    // Figures and dates without spans (hand-built inputs) belong to every unit.
    const within = <T extends Spanned>(items: T[], span: { start: number; end: number }) =>
      items.filter((item) => item.start === undefined || (item.start >= span.start && (item.end ?? item.start) <= span.end));
    // "since January" bounds a period; it dates no event of the clause (it still dates the clause's figures).
    const anchors = claim.dates.filter((date) => anchorsDuration(claim.text.slice(0, Math.max(0, (date.start ?? start) - start))));
    const eventDates = claim.dates.filter((date) => !anchors.includes(date));
    return spans.map((span) => ({
      claim: index,
      start: span.start,
      end: span.end,
      articleId: claim.articleId,
      text: span.text,
      quantities: within(claim.quantities, span),
      dates: within(eventDates, span),
      periods: within(anchors, span),
      referenceDate: claim.referenceDate,
    }));
  });
}

/** The fact units of the claims, their TF-IDF vectors and the pair score. */
function scoredUnits(claims: AlignableClaim[], nameWords: ReadonlySet<string>, confidentAt: number) {
  const units = unitsOf(claims);
  const { vectors, df } = vectorise(
    units.map((unit) => [...factTerms(unit.text, nameWords), ...claims[unit.claim].personKeys.map((key) => `@${key}`)]),
  );
  const idf = (term: string) => Math.log((units.length + 1) / ((df.get(term) ?? 0) + 0.5));
  // Rarity means something only over enough sentences: in a story of a few, every word is "common".
  const weighsEvidence = units.length >= MIN_UNITS_FOR_EVIDENCE;
  /** What the two units share besides people: the summed rarity of their common words. */
  const sharedEvidence = (a: number, b: number) => {
    const [small, large] = vectors[a].size <= vectors[b].size ? [vectors[a], vectors[b]] : [vectors[b], vectors[a]];
    let sum = 0;
    for (const term of small.keys()) if (!term.startsWith('@') && large.has(term)) sum += idf(term);
    return sum;
  };
  /** Words and people the two units share: one word alone ("stay" in "stay indoors" and "a stay of execution") relates nothing, unless a figure is shared too. */
  const sharesEnough = (a: number, b: number) => {
    const [small, large] = vectors[a].size <= vectors[b].size ? [vectors[a], vectors[b]] : [vectors[b], vectors[a]];
    let words = 0;
    for (const term of small.keys()) {
      if (!large.has(term)) continue;
      if (term.startsWith('@')) return true;
      if (++words >= MIN_SHARED_WORDS) return true;
    }
    return false;
  };
  // Parts of speech are read only for units in a pair worth a verdict, once per wording (copies repeat it).
  const fragments = new Map<string, boolean>();
  const fragment = (unit: number) => {
    const { text } = units[unit];
    let known = fragments.get(text);
    if (known === undefined) fragments.set(text, (known = isFragment(text)));
    return known;
  };
  const score = (a: number, b: number, floor = 0): UnitScore => {
    const textCosine = cosine(vectors[a], vectors[b]);
    // Most pairs of a large story fall short of the bar even with every bonus: no further look.
    if (textCosine + MAX_BONUS < floor) return { score: textCosine, ceiling: 'possible' };
    // A figure both give ("41,372" and "about 40,000") is shared evidence as good as a second word.
    if (!sharesEnough(a, b) && figureBonus(units[a], units[b]) === 0) return { score: 0, ceiling: 'possible' };
    const result = scoreUnits(units[a], units[b], textCosine, floor);
    // A piece of a clause ("as well as people from three countries") mentions; it does not report (see clause-kind.ts).
    if (result.ceiling === 'confident' && result.score >= confidentAt && textCosine < NEAR_IDENTICAL && (fragment(a) || fragment(b))) {
      return { ...result, ceiling: 'possible' };
    }
    if (
      weighsEvidence &&
      result.ceiling === 'confident' &&
      result.score >= floor &&
      sharedEvidence(a, b) < MIN_SHARED_EVIDENCE * Math.log(units.length + 1)
    ) {
      return { ...result, ceiling: 'possible' };
    }
    return result;
  };
  return { units, vectors, df, score };
}

export function alignClaims(claims: AlignableClaim[], options: AlignOptions = {}): ClaimGroupDraft[] {
  const confidentAt = options.threshold ?? CONFIDENT_THRESHOLD;
  const possibleAt = Math.min(options.possibleThreshold ?? POSSIBLE_THRESHOLD, confidentAt);
  const { units, vectors, df, score } = scoredUnits(claims, options.nameWords ?? new Set(), confidentAt);
  const pairs = pairsToScore({ vectors, df }, (index) => units[index].articleId, { maxShare: 1 });
  // Most pairs of a large story score far below the bar: only those that clear it become objects.
  const scored: { a: number; b: number; score: number; ceiling: Confidence }[] = [];
  for (const [a, b] of pairs) {
    const pair = score(a, b, possibleAt);
    if (pair.score >= possibleAt) scored.push({ a, b, score: pair.score, ceiling: pair.ceiling });
  }
  scored.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const constraints = options.constraints ?? NO_CONSTRAINTS;
  const partners = cannotLinkPartners(constraints);
  const blocked = (a: number, b: number) => partners.get(units[a].claim)?.includes(units[b].claim) ?? false;
  /** In a confident row every pair must be allowed to be confident: one doubtful pair vetoes the join. */
  const check =
    (level: Confidence): LinkCheck =>
    (a, b) => {
      if (units[a].articleId === units[b].articleId || blocked(a, b)) return false;
      const pair = score(a, b);
      if (pair.score <= 0 || (level === 'confident' && pair.ceiling === 'possible')) return false;
      return pair.score;
    };
  const firstUnit = new Map<number, number>();
  units.forEach((unit, index) => {
    if (!firstUnit.has(unit.claim)) firstUnit.set(unit.claim, index);
  });
  const mustLink = constraints.mustLink.flatMap(([a, b]) =>
    firstUnit.has(a) && firstUnit.has(b) ? [[firstUnit.get(a)!, firstUnit.get(b)!] as [number, number]] : [],
  );

  const confident = agglomerate(units.length, {
    mustLink,
    pairs: scored.filter((pair) => pair.ceiling === 'confident' && pair.score >= confidentAt),
    articleOf: (unit) => units[unit].articleId,
    link: check('confident'),
    minimumAverage: confidentAt,
  });
  const grouped = new Set(
    confident.filter((group) => group.members.length > 1).flatMap((group) => group.members.map((m) => units[m].claim)),
  );
  const possible = agglomerate(units.length, {
    mustLink: [],
    pairs: scored.filter((pair) => !grouped.has(units[pair.a].claim) && !grouped.has(units[pair.b].claim)),
    articleOf: (unit) => units[unit].articleId,
    link: check('possible'),
    minimumAverage: possibleAt,
  });
  return claimDrafts(claims, units, [
    ...confident.filter((group) => group.members.length > 1).map((group) => ({ ...group, confidence: 'confident' as const })),
    ...possible.filter((group) => group.members.length > 1).map((group) => ({ ...group, confidence: 'possible' as const })),
  ]);
}

/**
 * Unit groups mapped back to their claims: one draft per distinct set of claims (two
 * clauses of one sentence matching two clauses of another make one row, not two), then a
 * single for every claim with a fact of its own that no row holds.
 */
function claimDrafts(
  claims: AlignableClaim[],
  units: Unit[],
  groups: { members: number[]; best: number[]; confidence: Confidence }[],
): ClaimGroupDraft[] {
  const byClaims = new Map<string, ClaimGroupDraft>();
  const spanned = (claim: number) => claims[claim].start !== undefined;
  for (const group of groups) {
    const bestOf = new Map<number, number>();
    const extentOf = new Map<number, { start: number; end: number }>();
    for (const [index, unit] of group.members.entries()) {
      const { claim, start, end } = units[unit];
      bestOf.set(claim, Math.max(bestOf.get(claim) ?? 0, group.best[index]));
      const extent = extentOf.get(claim);
      extentOf.set(claim, extent ? { start: Math.min(extent.start, start), end: Math.max(extent.end, end) } : { start, end });
    }
    const members = [...bestOf.keys()].sort((x, y) => x - y);
    const key = members.join(',');
    const similarities = members.map((m) => bestOf.get(m)!);
    const draft: ClaimGroupDraft = {
      members,
      similarities,
      spans: members.map((m) => (spanned(m) ? extentOf.get(m)! : null)),
      score: similarities.reduce((s, x) => s + x, 0) / similarities.length,
      confidence: group.confidence,
    };
    const existing = byClaims.get(key);
    if (!existing || (existing.confidence === 'possible' && draft.confidence === 'confident')) byClaims.set(key, draft);
  }
  const inRows = new Set([...byClaims.values()].flatMap((draft) => draft.members));
  const withFacts = new Set(units.map((unit) => unit.claim));
  const singles = claims.flatMap((_, index) =>
    inRows.has(index) || !withFacts.has(index)
      ? []
      : [{ members: [index], similarities: [1], spans: [null], score: 1, confidence: 'confident' as const }],
  );
  return [...byClaims.values(), ...singles];
}
