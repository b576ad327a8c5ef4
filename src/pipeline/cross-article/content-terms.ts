import { stemmer as porterStem } from 'stemmer';
import { foldAccents } from '../text/fold-accents';

// Function words carry no fact; dropping them makes TF-IDF compare what sentences are about.
const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for from with without into onto over under about after before during since until ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'this that these those it its he she him her his hers they them their theirs we us our you your i me my ' +
    'who whom whose which what when where why how not no nor so than then too very also just as such there here ' +
    'said says say told according while both each all any some more most other another one s t'
  ).split(' '),
);

// Irregular past forms that carry the fact ("met" is "meet"); the suffix stripper cannot see them.
const IRREGULAR: Record<string, string> = {
  met: 'meet',
  led: 'lead',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  began: 'begin',
  begun: 'begin',
  held: 'hold',
  sent: 'send',
  spoke: 'speak',
  spoken: 'speak',
  went: 'go',
  gone: 'go',
  came: 'come',
  won: 'win',
  lost: 'lose',
  made: 'make',
  brought: 'bring',
  thought: 'think',
  left: 'leave',
  sought: 'seek',
  fought: 'fight',
  struck: 'strike',
  chose: 'choose',
  chosen: 'choose',
  drew: 'draw',
  drawn: 'draw',
  flew: 'fly',
  flown: 'fly',
  grew: 'grow',
  grown: 'grow',
  kept: 'keep',
  knew: 'know',
  known: 'know',
  paid: 'pay',
  rose: 'rise',
  risen: 'rise',
  ran: 'run',
  saw: 'see',
  seen: 'see',
  sold: 'sell',
  stood: 'stand',
  spent: 'spend',
  wrote: 'write',
  written: 'write',
  fell: 'fall',
  fallen: 'fall',
  felt: 'feel',
  found: 'find',
  built: 'build',
  bought: 'buy',
  caught: 'catch',
};

/** Porter's stemmer ("criticised", "criticism", "critics" meet), after the irregular past forms it cannot see. */
export function stem(word: string): string {
  return IRREGULAR[word] ?? porterStem(word);
}

const STEMS = new Map<string, string>();
const MAX_STEMS = 200_000;

/** Stems of words seen before: a story repeats its vocabulary, so most words are looked up, not stemmed. */
function cachedStem(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    STEMS.set(word, (stemmed = stem(word)));
  }
  return stemmed;
}

/** Content terms of a sentence: accent-folded, lower-cased, stemmed, stopwords and digits dropped. */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of foldAccents(text)
    .toLowerCase()
    .matchAll(/[a-z][a-z'-]*/g)) {
    const word = match[0].replace(/'s$|'$/, '').replace(/-/g, '');
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    terms.push(cachedStem(word));
  }
  return terms;
}

// Titles say who someone is, which the person's own token already says: left in, "Vice
// President X met Prime Minister Y" would match every sentence about the same two people.
const TITLE_WORDS = new Set(
  (
    'president vice prime minister secretary senator sen rep representative congressman congresswoman governor gov mayor ' +
    'chancellor ambassador spokesman spokeswoman spokesperson mr mrs ms dr sir madam king queen prince princess pope'
  )
    .split(' ')
    .map(stem),
);

/**
 * The terms a fact is compared on: content terms without titles and without the words of
 * the story's people's names (each person is one canonical token, added by the caller).
 */
export function factTerms(text: string, nameWords: ReadonlySet<string>): string[] {
  return contentTerms(text).filter((term) => !TITLE_WORDS.has(term) && !nameWords.has(term));
}

/** The name words of people, as contentTerms spells them (for factTerms). */
export function nameWordsOf(names: string[]): Set<string> {
  return new Set(names.flatMap((name) => contentTerms(name)));
}
