// Quote-to-quote alignment: renderings of one utterance in several articles, grouped as
// variants. Two kinds of evidence: the same words in the same order (a full quote and a
// fragment of it, or two transcriptions that differ in a few words), and, for translations
// of one remark, shared content terms from the same speaker.
import { contentTerms } from './content-terms';
import { cannotLinkPartners, NO_CONSTRAINTS, violatesCannotLink, type AlignConstraints } from './group-constraints';
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
/** Cosine over content terms for translations: lower when the same person is said to speak. */
const TERMS_SAME_SPEAKER = 0.3;
const TERMS_UNKNOWN_SPEAKER = 0.45;

/** Share of the shorter rendering's words found anywhere in the other: a cheap bound before the in-order comparison. */
function sharedShare(a: string[], b: string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const pool = new Set(long);
  return short.filter((word) => pool.has(word)).length / short.length;
}

function speakersCompatible(a: AlignableQuote, b: AlignableQuote): boolean {
  return a.speakerKey === null || b.speakerKey === null || a.speakerKey === b.speakerKey;
}

/**
 * How likely two quotations render one utterance. Shared wording may link quotes whose
 * speakers differ (that is an attribution divergence to report, not a reason to split);
 * shared terms alone (a translation) only link quotes of compatible speakers.
 */
export function quoteSimilarity(a: AlignableQuote, b: AlignableQuote, wordsA: string[], wordsB: string[], termCosine: number): QuoteSimilarity {
  if (Math.min(wordsA.length, wordsB.length) >= MIN_WORDS && sharedShare(wordsA, wordsB) >= WORDS_CONTAINMENT) {
    const overlap = wordOverlap(wordsA, wordsB);
    if (overlap.containment >= WORDS_CONTAINMENT && overlap.longestRun >= MIN_WORDS) {
      return { similarity: 0.6 + 0.4 * overlap.coverage, basis: 'words' };
    }
  }
  if (!speakersCompatible(a, b)) return { similarity: 0, basis: 'none' };
  const sameSpeaker = a.speakerKey !== null && a.speakerKey === b.speakerKey;
  if (termCosine >= (sameSpeaker ? TERMS_SAME_SPEAKER : TERMS_UNKNOWN_SPEAKER)) return { similarity: termCosine, basis: 'terms' };
  return { similarity: 0, basis: 'none' };
}

/** Whether every word of `short` is in `long`, in order, as a run of at least MIN_WORDS: a shorter rendering of it. */
function contains(long: string[], short: string[]): boolean {
  if (short.length < MIN_WORDS || long.length <= short.length) return false;
  const overlap = wordOverlap(long, short);
  return overlap.common === short.length && overlap.longestRun >= MIN_WORDS;
}

/**
 * An article whose quotation holds a group's shorter rendering in full ("Stay home"
 * inside "Stay home. Stay home") carries that utterance too, even when its quotation
 * already sits in another group (the longer utterance): it joins as one more member.
 */
function addContainingRenderings(groups: number[][], quotes: AlignableQuote[], words: string[][], partners: Map<number, number[]>): void {
  const byArticle = new Map<number, number[]>();
  quotes.forEach((quote, index) => byArticle.set(quote.articleId, [...(byArticle.get(quote.articleId) ?? []), index]));
  for (const group of groups) {
    if (group.length < 2) continue;
    const shortest = group.reduce((best, m) => (words[m].length < words[best].length ? m : best));
    const present = new Set(group.map((m) => quotes[m].articleId));
    for (const [articleId, candidates] of byArticle) {
      if (present.has(articleId)) continue;
      const carrier = candidates.find(
        (c) => contains(words[c], words[shortest]) && group.every((m) => speakersCompatible(quotes[m], quotes[c]) && !(partners.get(c) ?? []).includes(m)),
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
  const words = quotes.map((quote) => quoteWords(quote.text));
  const vectors = vectorise(quotes.map((quote) => [...contentTerms(quote.text), ...(quote.speakerKey ? [`@${quote.speakerKey}`] : [])]));
  const similarityOf = (a: number, b: number) => quoteSimilarity(quotes[a], quotes[b], words[a], words[b], cosine(vectors.vectors[a], vectors.vectors[b]));
  const scored = pairsToScore(vectors, (index) => quotes[index].articleId, { maxShare: 0.2 })
    .map(([a, b]) => ({ a, b, ...similarityOf(a, b) }))
    .filter((pair) => pair.basis !== 'none')
    .sort((x, y) => y.similarity - x.similarity);

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
