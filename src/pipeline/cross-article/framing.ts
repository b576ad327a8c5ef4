// Framing terms: the words and two-word phrases an outlet uses distinctively compared with the
// other outlets covering the same story, and the words a headline stresses that its own body
// does not. Word choice ("tax relief" vs "tax cuts") is where framing shows.

import { framingRank } from '../../lib/framing-rank';
import { countTerms, emptyCounts, isFunctionLike, surfaceOf, type TermCounts } from './framing-tokens';
import type { FramingTermDraft } from './types';

export interface FramingArticle {
  id: number;
  outlet: string;
  headline: string;
  text: string;
  paragraphs: { start: number; end: number; kind: string }[];
  language: string;
}

export interface FramingOptions {
  /** Most distinctive terms kept per outlet. */
  perOutlet?: number;
  /**
   * α0, the prior's weight, as a share of the story's term count, so α_w = priorShare × the
   * term's story-wide count. Around 0.1–0.2 a term only one outlet uses scores highest (with
   * outlets of equal size, z ≈ 0.73·√count: eight uses reach 1.96); far smaller, the variance
   * term 1/α_w buries such exclusive terms; far larger, the prior swamps short articles.
   */
  priorShare?: number;
  /** Smallest z-score kept (1.96: two-sided 5%). */
  minZ?: number;
  /**
   * A single word needs this many uses to be listed (a phrase needs two): a phrase shows a
   * choice of wording, a word used twice is more often chance.
   */
  minWordCount?: number;
}

// Captions repeat the body or describe photos; they say little about the outlet's own wording.
const BODY_KINDS = new Set(['body', 'standfirst', 'bullet', 'subhead', 'transcript', 'headline']);

/**
 * Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
 * "Fightin' Words"), of a term in group i against group j, and its z-score. The prior shrinks
 * rare terms towards the story-wide rate, so a word used twice by one outlet and never by the
 * others does not outrank a word one outlet uses throughout.
 */
export function weightedLogOdds(yi: number, ni: number, yj: number, nj: number, alphaW: number, alpha0: number) {
  const delta = Math.log((yi + alphaW) / (ni + alpha0 - yi - alphaW)) - Math.log((yj + alphaW) / (nj + alpha0 - yj - alphaW));
  const variance = 1 / (yi + alphaW) + 1 / (yj + alphaW);
  return { delta, z: delta / Math.sqrt(variance) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function bodyText(article: FramingArticle, kinds: Set<string>): string[] {
  return article.paragraphs.filter((p) => kinds.has(p.kind)).map((p) => article.text.slice(p.start, p.end));
}

interface Scored {
  key: string;
  z: number;
  count: number;
}

/**
 * One recurring phrase yields several overlapping pairs ("passed tax", "tax relief",
 * "relief bill") with the same counts. Of two pairs that chain (one's second word is the
 * other's first), the one whose own words are the more distinctive stays. A word that is
 * distinctive mainly inside a kept pair ("relief" in "tax relief") repeats the pair.
 */
function withoutRepeats(scored: Scored[], zOf: Map<string, number>): Scored[] {
  const support = new Map(scored.map((s) => [s.key, s.key.split(' ').reduce((sum, word) => sum + (zOf.get(word) ?? 0), 0)]));
  const order = (a: Scored, b: Scored) => b.z - a.z || support.get(b.key)! - support.get(a.key)! || a.key.localeCompare(b.key);
  // The kept pairs' highest counts by first word, by second word and by either word: one
  // look-up per term instead of a scan of every kept pair (a long article keeps thousands).
  const byFirst = new Map<string, number>();
  const bySecond = new Map<string, number>();
  const byWord = new Map<string, number>();
  const raise = (map: Map<string, number>, key: string, count: number) => map.set(key, Math.max(map.get(key) ?? -Infinity, count));
  const pairs: Scored[] = [];
  for (const pair of scored.filter((s) => s.key.includes(' ')).sort(order)) {
    const [first, second] = pair.key.split(' ');
    const chained = (byFirst.get(second) ?? -Infinity) >= pair.count || (bySecond.get(first) ?? -Infinity) >= pair.count;
    if (chained) continue;
    pairs.push(pair);
    raise(byFirst, first, pair.count);
    raise(bySecond, second, pair.count);
    raise(byWord, first, pair.count);
    raise(byWord, second, pair.count);
  }
  const words = scored.filter((s) => !s.key.includes(' ') && !((byWord.get(s.key) ?? -Infinity) * 2 >= s.count));
  return [...pairs, ...words].sort(order);
}

/** scope 'outlet': each outlet's distinctive terms against all the other outlets together. */
function outletTerms(
  articles: FramingArticle[],
  { perOutlet = 12, priorShare = 0.1, minZ = 1.96, minWordCount = 3 }: FramingOptions,
): FramingTermDraft[] {
  const byOutlet = new Map<string, TermCounts>();
  for (const article of articles) {
    const counts = byOutlet.get(article.outlet) ?? emptyCounts();
    countTerms(bodyText(article, BODY_KINDS), counts);
    byOutlet.set(article.outlet, counts);
  }
  if (byOutlet.size < 2) return [];

  const all = new Map<string, number>();
  let total = 0;
  for (const { counts, total: n } of byOutlet.values()) {
    for (const [term, count] of counts) all.set(term, (all.get(term) ?? 0) + count);
    total += n;
  }
  const alpha0 = priorShare * total;
  const drafts: FramingTermDraft[] = [];
  for (const [outlet, outletCounts] of byOutlet) {
    const { counts, total: ni } = outletCounts;
    const scored: Scored[] = [];
    const zOf = new Map<string, number>();
    for (const [key, yi] of counts) {
      const overall = all.get(key)!;
      const { z } = weightedLogOdds(yi, ni, overall - yi, total - ni, (alpha0 * overall) / total, alpha0);
      zOf.set(key, z);
      if (yi >= 2 && z >= minZ) scored.push({ key, z, count: yi });
    }
    const kept = withoutRepeats(scored, zOf)
      .map((term) => ({ ...term, surface: surfaceOf(outletCounts, term.key) }))
      .filter((term) => !isFunctionLike(term.surface) && (term.key.includes(' ') || term.count >= minWordCount))
      .sort((a, b) => framingRank(b.key, b.z) - framingRank(a.key, a.z) || a.key.localeCompare(b.key));
    for (const { surface, z, count } of kept.slice(0, perOutlet)) {
      drafts.push({ outlet, scope: 'outlet', term: surface, zScore: round(z), count });
    }
  }
  return drafts;
}

/**
 * scope 'headline': words of the headline that the body never uses, or uses far less than
 * the headline's weight suggests. The score is a salience, not a test statistic: log2 of the
 * term's rate in the headline over its rate in the body (with half a count added, so an
 * absent word scores by how long the body is without it). A body may use the word at most
 * once per 500 words for it to count as "stressed beyond the body".
 */
function headlineTerms(articles: FramingArticle[]): FramingTermDraft[] {
  const bodyKinds = new Set([...BODY_KINDS].filter((k) => k !== 'headline'));
  const drafts: FramingTermDraft[] = [];
  for (const article of articles) {
    const headline = countTerms([article.headline], undefined, false);
    const body = countTerms(bodyText(article, bodyKinds), undefined, false);
    if (headline.total === 0 || body.total === 0) continue;
    const allowed = Math.floor(body.total / 500);
    const found: FramingTermDraft[] = [];
    for (const [key, count] of headline.counts) {
      const inBody = body.counts.get(key) ?? 0;
      if (inBody > allowed) continue;
      if (isFunctionLike(surfaceOf(headline, key))) continue;
      const salience = Math.log2(count / headline.total / ((inBody + 0.5) / body.total));
      found.push({ outlet: article.outlet, scope: 'headline', term: surfaceOf(headline, key), zScore: round(salience), count });
    }
    drafts.push(...found.sort((a, b) => b.zScore - a.zScore || a.term.localeCompare(b.term)));
  }
  return drafts;
}

/** Framing terms of a story's English articles: per outlet, then per headline. */
export function framingTerms(articles: FramingArticle[], options: FramingOptions = {}): FramingTermDraft[] {
  const english = articles.filter((a) => a.language === 'en');
  return [...outletTerms(english, options), ...headlineTerms(english)];
}
