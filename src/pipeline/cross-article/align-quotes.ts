// Quote-to-quote alignment: renderings of one utterance in several articles, grouped as
// variants. Two kinds of evidence: the same words in the same order (a full quote and a
// fragment of it, or two transcriptions that differ in a few words), and, for translations
// of one remark, shared content terms from the same speaker.
import { contentTerms } from './content-terms';
import { type AlignConstraints, cannotLinkPartners, NO_CONSTRAINTS, violatesCannotLink } from './group-constraints';
import { quoteWords, wordOverlap } from './quote-tokens';
import { cosine, pairsToScore, vectorise } from './tfidf';

export interface AlignableQuote {
  articleId: number;
  text: string;
  /** Resolved person key, or null when the speaker is unknown or only labelled. */
  speakerKey: string | null;
}

export interface QuoteGroupDraft {
  /** Indexes into the input quotes, at most one per article. */
  members: number[];
  similarities: number[];
  score: number;
}

export interface QuoteSimilarity {
  similarity: number;
  basis: 'words' | 'terms' | 'none';
}

/** Fewer words than this and a shared run of words is not evidence of one utterance. */
const MIN_WORDS = 3;
const WORDS_CONTAINMENT = 0.7;
/**
 * A pair of quotations costs more than a pair of claims (an in-order word comparison), so
 * every pair is scored only up to this many quotations (2,800 all-pairs took 4.9 s against
 * 1.2 s for 4,000 through the term index); a story rarely quotes more.
 */
const ALL_QUOTE_PAIRS_LIMIT = 1000;
/** Cosine over content terms for translations: lower when the same person is said to speak. */
const TERMS_SAME_SPEAKER = 0.3;
const TERMS_UNKNOWN_SPEAKER = 0.45;

/** A rendering's normalised words, in order and as a set (made once per quotation, not once per pair). */
export interface RenderingWords {
  words: string[];
  pool: Set<string>;
}

export const renderingWords = (text: string): RenderingWords => {
  const words = quoteWords(text);
  return { words, pool: new Set(words) };
};

/** Share of the shorter rendering's words found anywhere in the other: a cheap bound before the in-order comparison. */
function sharedShare(a: RenderingWords, b: RenderingWords): number {
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  let found = 0;
  for (const word of short.words) if (long.pool.has(word)) found++;
  return found / short.words.length;
}

function speakersCompatible(a: AlignableQuote, b: AlignableQuote): boolean {
  return a.speakerKey === null || b.speakerKey === null || a.speakerKey === b.speakerKey;
}

/**
 * How likely two quotations render one utterance. Shared wording may link quotes whose
 * speakers differ (that is an attribution divergence to report, not a reason to split);
 * shared terms alone (a translation) only link quotes of compatible speakers.
 */
export function quoteSimilarity(
  a: AlignableQuote,
  b: AlignableQuote,
  wordsA: RenderingWords,
  wordsB: RenderingWords,
  termCosine: number,
): QuoteSimilarity {
  if (Math.min(wordsA.words.length, wordsB.words.length) >= MIN_WORDS && sharedShare(wordsA, wordsB) >= WORDS_CONTAINMENT) {
    const overlap = wordOverlap(wordsA.words, wordsB.words);
    if (overlap.containment >= WORDS_CONTAINMENT && overlap.longestRun >= MIN_WORDS) {
      return { similarity: 0.6 + 0.4 * overlap.coverage, basis: 'words' };
    }
  }
  // A phrase of one or two words in quotation marks ("rule of law", "housing czar") names a term; it is not an utterance to compare.
  if (Math.min(wordsA.words.length, wordsB.words.length) < MIN_WORDS) return { similarity: 0, basis: 'none' };
  if (!speakersCompatible(a, b)) return { similarity: 0, basis: 'none' };
  const sameSpeaker = a.speakerKey !== null && a.speakerKey === b.speakerKey;
  if (termCosine >= (sameSpeaker ? TERMS_SAME_SPEAKER : TERMS_UNKNOWN_SPEAKER)) return { similarity: termCosine, basis: 'terms' };
  return { similarity: 0, basis: 'none' };
}

/** Whether every word of `short` is in `long`, in order, as a run of at least MIN_WORDS: a shorter rendering of it. */
function contains(long: RenderingWords, short: RenderingWords): boolean {
  if (short.words.length < MIN_WORDS || long.words.length <= short.words.length || !short.words.every((word) => long.pool.has(word)))
    return false;
  const overlap = wordOverlap(long.words, short.words);
  return overlap.common === short.words.length && overlap.longestRun >= MIN_WORDS;
}

/**
 * An article whose quotation holds a group's shorter rendering in full ("Stay home"
 * inside "Stay home. Stay home") carries that utterance too, even when its quotation
 * already sits in another group (the longer utterance): it joins as one more member.
 */
function addContainingRenderings(
  groups: number[][],
  quotes: AlignableQuote[],
  words: RenderingWords[],
  partners: Map<number, number[]>,
): void {
  const byArticle = new Map<number, number[]>();
  quotes.forEach((quote, index) => {
    const list = byArticle.get(quote.articleId);
    if (list) list.push(index);
    else byArticle.set(quote.articleId, [index]);
  });
  for (const group of groups) {
    if (group.length < 2) continue;
    const shortest = group.reduce((best, m) => (words[m].words.length < words[best].words.length ? m : best));
    const present = new Set(group.map((m) => quotes[m].articleId));
    for (const [articleId, candidates] of byArticle) {
      if (present.has(articleId)) continue;
      const carrier = candidates.find(
        (c) =>
          contains(words[c], words[shortest]) &&
          group.every((m) => speakersCompatible(quotes[m], quotes[c]) && !(partners.get(c) ?? []).includes(m)),
      );
      if (carrier !== undefined) group.push(carrier);
    }
  }
}

/**
 * Groups the quotations of several articles into utterances. Greedy agglomeration in
 * order of similarity; a group keeps at most one quote per article, and a group formed by
 * wording may absorb a translation only when the speakers agree.
 */
export function alignQuotes(quotes: AlignableQuote[], options: { constraints?: AlignConstraints } = {}): QuoteGroupDraft[] {
  const words = quotes.map((quote) => renderingWords(quote.text));
  const vectors = vectorise(quotes.map((quote) => [...contentTerms(quote.text), ...(quote.speakerKey ? [`@${quote.speakerKey}`] : [])]));
  const similarityOf = (a: number, b: number) =>
    quoteSimilarity(quotes[a], quotes[b], words[a], words[b], cosine(vectors.vectors[a], vectors.vectors[b]));
  // Every pair of a story's quotations is scored; only those that match become objects.
  const scored: ({ a: number; b: number } & QuoteSimilarity)[] = [];
  for (const [a, b] of pairsToScore(vectors, (index) => quotes[index].articleId, { maxShare: 0.2, allPairsUpTo: ALL_QUOTE_PAIRS_LIMIT })) {
    const pair = similarityOf(a, b);
    if (pair.basis !== 'none') scored.push({ a, b, ...pair });
  }
  scored.sort((x, y) => y.similarity - x.similarity);

  const groupOf = quotes.map((_, index) => index);
  const members = new Map<number, number[]>(quotes.map((_, index) => [index, [index]]));
  const best = quotes.map(() => 0);
  const constraints = options.constraints ?? NO_CONSTRAINTS;
  const partners = cannotLinkPartners(constraints);
  /** Joins the groups of quotes a and b unless a rule forbids it; an editor's must-link passes the speaker rule. */
  const join = (a: number, b: number, similarity: number, basis: QuoteSimilarity['basis'] | 'editor') => {
    const ga = groupOf[a];
    const gb = groupOf[b];
    if (ga === gb) return;
    const left = members.get(ga)!;
    const right = members.get(gb)!;
    const articles = new Set(left.map((m) => quotes[m].articleId));
    if (right.some((m) => articles.has(quotes[m].articleId))) return;
    if (violatesCannotLink(right, ga, groupOf, partners)) return;
    if (basis === 'terms' && right.some((r) => left.some((l) => !speakersCompatible(quotes[l], quotes[r])))) return;
    for (const m of right) groupOf[m] = ga;
    left.push(...right);
    members.delete(gb);
    best[a] = Math.max(best[a], similarity);
    best[b] = Math.max(best[b], similarity);
  };
  for (const [a, b] of constraints.mustLink) join(a, b, similarityOf(a, b).similarity, 'editor');
  for (const { a, b, similarity, basis } of scored) join(a, b, similarity, basis);
  addContainingRenderings([...members.values()], quotes, words, partners);
  return [...members.values()].map((group) => {
    const sorted = [...group].sort((x, y) => x - y);
    // A member that joined by holding the whole of a shorter rendering has no pair score: it carries the words (0.6, the floor of a wording match).
    const similarities = sorted.map((m) => (sorted.length === 1 ? 1 : best[m] || 0.6));
    return { members: sorted, similarities, score: similarities.reduce((sum, s) => sum + s, 0) / similarities.length };
  });
}
