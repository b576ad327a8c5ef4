// Terms for framing comparison: content words and two-word phrases of content words.
// Counting is by stem (so "voter" and "voters" pool their evidence), but every term is
// shown as the surface form the text used most, so a reader always sees a real word.
import { foldAccents } from '../text/fold-accents';
import { stem } from './content-terms';

// Function words, plus contractions and the reporting verbs every outlet uses: none of them
// says anything about how a story is framed.
const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for from with without into onto over under about after before during since until ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'this that these those it its he she him her his hers they them their theirs we us our you your i me my ' +
    'who whom whose which what when where why how not no nor so than then too very also just as such there here ' +
    'said says say told according while both each all any some more most other another one ' +
    'mr ms mrs dr via per upon among across around against between through however although though because ' +
    'up down out off again once only own same few much many now even still yet ever never whether ' +
    "don't doesn't didn't isn't aren't wasn't weren't can't won't it's i'm i've i'll we're we've they're that's there's " +
    'himself herself itself themselves ourselves yourself'
  ).split(' '),
);

// Function-like words: not grammar words, but words any news story uses whatever its angle —
// light verbs, time and place adverbs, quantities, the vocabulary of reporting itself, and
// titles. An outlet can use one more often than the others ("going", "last", "press") without
// that saying anything about its framing. They still join phrases ("press freedom"), where
// the other word carries the meaning.
const FUNCTION_LIKE = new Set(
  (
    'go going goes went gone come coming came get getting got make making made take taking took taken give given gave ' +
    'put set keep kept let see seen saw know known knew think thought want wanted need needed use used try tried ' +
    'look looked seem seemed become became tell asked ask call called show showed shown find found leave left ' +
    'last next first second third new old latest former early earlier later late recent recently previous ' +
    'away back well like really already around ahead along almost about also always often usually perhaps maybe ' +
    'today yesterday tomorrow tonight week weeks weekend month months year years day days time times hour hours ' +
    'monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night ' +
    'key main major big large small little great good best better high low long short full part whole ' +
    'thing things way ways lot lots kind sort number place point case fact end side area group ' +
    'press news media report reported reports reporting reporter reporters statement statements conference briefing ' +
    'interview spokesman spokeswoman spokesperson official officials source sources comment comments added noted ' +
    'president vice minister secretary prime governor senator mayor chairman director chief head leader leaders ' +
    'mr ms mrs sir dr according including include includes included several various certain'
  ).split(' '),
);

/** A term that says nothing about framing on its own: a function-like word, or a phrase made only of such words. */
export function isFunctionLike(surface: string): boolean {
  return surface
    .toLowerCase()
    .replace(/'s\b/g, '')
    .split(/\s+/)
    .every((word) => FUNCTION_LIKE.has(word));
}

export interface TermCounts {
  /** Occurrences per term key (a stem, or two stems joined by a space). */
  counts: Map<string, number>;
  /** Surface forms seen per key, with their counts. */
  forms: Map<string, Map<string, number>>;
  total: number;
}

export const emptyCounts = (): TermCounts => ({ counts: new Map(), forms: new Map(), total: 0 });

function add(into: TermCounts, key: string, surface: string) {
  into.counts.set(key, (into.counts.get(key) ?? 0) + 1);
  const forms = into.forms.get(key) ?? new Map<string, number>();
  forms.set(surface, (forms.get(surface) ?? 0) + 1);
  into.forms.set(key, forms);
  into.total++;
}

/** The form a key was written in most often (ties: the shorter, then alphabetical). */
export function surfaceOf(counts: TermCounts, key: string): string {
  const forms = [...(counts.forms.get(key) ?? new Map<string, number>())];
  forms.sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]));
  return forms[0]?.[0] ?? key;
}

/**
 * Adds the content words of each text (and, with `phrases`, each pair of content words that
 * stand next to each other with only spaces between) to `into`. Punctuation and stopwords
 * break phrases: "cost of living" gives no phrase, "tax rise" does.
 */
/** Text as framing terms are counted in: one apostrophe form (curly and acute-accent ones are common in scraped text, and keep "don't" one word), accents folded, lower case. */
export function foldForTerms(text: string): string {
  return foldAccents(text.replace(/[\u2018\u2019\u00b4`]/g, "'")).toLowerCase();
}

export function countTerms(texts: string[], into: TermCounts = emptyCounts(), phrases = true): TermCounts {
  for (const text of texts) {
    const folded = foldForTerms(text);
    let previous: { key: string; raw: string; end: number } | null = null;
    for (const match of folded.matchAll(/[a-z](?:[a-z'-]*[a-z])?/g)) {
      const word = match[0].replace(/'s$/, '');
      const start = match.index;
      const gap = previous ? folded.slice(previous.end, start) : '';
      if (word.length < 2 || STOPWORDS.has(word) || /'(t|re|ve|ll|m|d)$/.test(word)) {
        previous = null;
        continue;
      }
      const key = stem(word.replace(/-/g, ''));
      add(into, key, word);
      // A phrase keeps its possessive ("the mayor's office"): without it the phrase misreads.
      if (phrases && previous && /^\s+$/.test(gap)) add(into, `${previous.key} ${key}`, `${previous.raw} ${match[0]}`);
      previous = { key, raw: match[0], end: start + match[0].length };
    }
  }
  return into;
}
