import { foldAccents } from '../text/fold-accents';

// Function words carry no fact; dropping them makes TF-IDF compare what sentences are about.
const STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for from with without into onto over under about after before during since until ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'this that these those it its he she him her his hers they them their theirs we us our you your i me my ' +
    'who whom whose which what when where why how not no nor so than then too very also just as such there here ' +
    'said says say told according while both each all any some more most other another one s t')
    .split(' '),
);

// Irregular past forms that carry the fact ("met" is "meet"); the suffix stripper cannot see them.
const IRREGULAR: Record<string, string> = {
  met: 'meet', led: 'lead', took: 'take', taken: 'take', gave: 'give', given: 'give', began: 'begin', begun: 'begin',
  held: 'hold', sent: 'send', spoke: 'speak', spoken: 'speak', went: 'go', gone: 'go', came: 'come', won: 'win',
  lost: 'lose', made: 'make', brought: 'bring', thought: 'think', left: 'leave', sought: 'seek', fought: 'fight',
  struck: 'strike', chose: 'choose', chosen: 'choose', drew: 'draw', drawn: 'draw', flew: 'fly', flown: 'fly',
  grew: 'grow', grown: 'grow', kept: 'keep', knew: 'know', known: 'know', paid: 'pay', rose: 'rise', risen: 'rise',
  ran: 'run', saw: 'see', seen: 'see', sold: 'sell', stood: 'stand', spent: 'spend', wrote: 'write', written: 'write',
  fell: 'fall', fallen: 'fall', felt: 'feel', found: 'find', built: 'build', bought: 'buy', caught: 'catch',
};

/** A light English suffix stripper: enough to match "meets"/"meeting"/"met"-style variants cheaply. */
export function stem(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (word.length <= 4) return word;
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'edly', 'ies', 'ied', 'es', 'ed', 'ly', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      return suffix === 'ies' || suffix === 'ied' ? `${base}y` : base;
    }
  }
  return word;
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
  for (const match of foldAccents(text).toLowerCase().matchAll(/[a-z][a-z'-]*/g)) {
    const word = match[0].replace(/'s$|'$/, '').replace(/-/g, '');
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    terms.push(cachedStem(word));
  }
  return terms;
}
