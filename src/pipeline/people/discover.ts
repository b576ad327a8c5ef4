// Discovers person-name candidates: runs of capitalised words, titles before them as evidence.
import {
  CALENDAR_WORDS,
  FEMALE_WORDS,
  FUNCTION_WORDS,
  LOWER_ROLE_WORDS,
  MALE_WORDS,
  NON_PERSON_WORDS,
  NON_ROLE_TITLES,
  ORGANISATION_NOUNS,
  PARTICLES,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  TITLE_ABBREVIATIONS,
  TITLE_WORDS,
} from './lexicon';
import type { Token } from './tokens';

export type Gender = 'f' | 'm';

export interface Candidate {
  /** Name tokens (titles removed). */
  name: Token[];
  role?: string;
  qualifier?: string;
  gender?: Gender;
  /** A title or role word stood before the name. */
  titled: boolean;
  /** Other evidence that the run names a person (a middle initial, a verb of saying next to it). */
  speaks: boolean;
}

const isInitial = (t: Token) => t.text.length === 1 && t.cap;

/** Whether token b continues the run that ends with token a. */
function joins(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === ' ') return true;
  const dotted = isInitial(a) || TITLE_ABBREVIATIONS[a.folded] !== undefined;
  return dotted && (gap === '. ' || (gap === '.' && isInitial(a) && isInitial(b)));
}

/** Courtesy titles that British style writes without a full stop ("Ms Doe", "Dr Roe"). */
const UNDOTTED_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof']);

function isTitle(t: Token, text: string): boolean {
  if (!TITLE_WORDS.has(t.folded)) return false;
  if (TITLE_ABBREVIATIONS[t.folded] === undefined || text[t.end] === '.' || t.folded.length > 3) return true;
  return UNDOTTED_TITLES.has(t.folded) && t.cap && text[t.end] === ' ';
}

/** Runs of capitalised tokens (with particles inside), as index ranges [from, to). */
export function capitalisedRuns(text: string, tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j];
      if (t.cap && joins(text, tokens[j - 1], t)) {
        j++;
        continue;
      }
      let k = j;
      while (k < tokens.length && !tokens[k].cap && PARTICLES.has(tokens[k].folded) && joins(text, tokens[k - 1], tokens[k])) k++;
      if (k > j && tokens[k]?.cap && joins(text, tokens[k - 1], tokens[k])) {
        j = k + 1;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * Person candidates from capitalised runs. `lowerWords` holds words seen in lower case in
 * the article: a sentence-initial capitalised word in it is a common word, not a name.
 */
export function discoverCandidates(
  text: string,
  tokens: Token[],
  lowerWords: Set<string>,
  allowed: (offset: number) => boolean,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const [from, to] of capitalisedRuns(text, tokens)) {
    if (!allowed(tokens[from].start)) continue;
    let run = tokens.slice(from, to);
    while (
      run.length > 0 &&
      (FUNCTION_WORDS.has(run[0].folded) || (run[0].sentenceStart && !isTitle(run[0], text) && lowerWords.has(run[0].folded)))
    )
      run = run.slice(1);
    let k = -1;
    for (let i = 0; i < run.length - 1; i++) if (isTitle(run[i], text)) k = i;
    const name = run.slice(k + 1);
    const prefix = run.slice(0, k + 1);
    if (!isPlausibleName(name)) continue;
    let r = prefix.length;
    while (r > 0 && isTitle(prefix[r - 1], text)) r--;
    const titleWords = prefix.slice(r).map((t) => TITLE_ABBREVIATIONS[t.folded] ?? t.folded);
    const qualifier = prefix
      .slice(0, r)
      .map((t) => t.folded)
      .join('');
    const before = tokens[from - 1];
    const lowerRole =
      before && !before.cap && LOWER_ROLE_WORDS.has(before.folded) && /^,? $/.test(text.slice(before.end, tokens[from].start))
        ? before.folded
        : undefined;
    const roleWords = titleWords.filter((w) => !NON_ROLE_TITLES.has(w));
    const role = roleWords.length > 0 ? roleWords.join(' ') : lowerRole;
    const genderWords = lowerRole ? [...titleWords, lowerRole] : titleWords;
    const gender = genderWords.some((w) => FEMALE_WORDS.has(w)) ? 'f' : genderWords.some((w) => MALE_WORDS.has(w)) ? 'm' : undefined;
    const titled = titleWords.length > 0 || lowerRole !== undefined;
    const words = name.filter((t) => !isInitial(t) && !PARTICLES.has(t.text));
    if (!titled) {
      if (words.length < 2) continue;
      const prev = tokens[from - 1];
      if (prev && !prev.cap && PLACE_PREPOSITIONS.has(prev.folded) && prev.sentence === tokens[from].sentence) continue;
      if (prev && !prev.cap && ORGANISATION_NOUNS.has(prev.folded) && text.slice(prev.end, tokens[from].start) === ' ') continue;
      // "The Example Front said": people are not named with the article.
      if (name[0] !== tokens[from] && tokens[tokens.indexOf(name[0], from) - 1]?.folded === 'the') continue;
    }
    const near = [tokens[from - 1], tokens[from - 2], tokens[to], tokens[to + 1]];
    const speaks =
      name.some(isInitial) ||
      near.some((t) => t !== undefined && SPEECH_VERBS.has(t.folded)) ||
      /^(?:,\s+(?:who|the|a|an)\s|\/\p{Lu})/u.test(text.slice(name[name.length - 1].end, name[name.length - 1].end + 8));
    candidates.push({ name, role, qualifier: qualifier || undefined, gender, titled, speaks });
  }
  return candidates;
}

function isPlausibleName(name: Token[]): boolean {
  if (name.length === 0 || name.length > 6) return false;
  if (isInitial(name[0]) && name.length === 1) return false;
  return name.every(
    (t) =>
      !NON_PERSON_WORDS.has(t.folded) &&
      !CALENDAR_WORDS.has(t.folded) &&
      !FUNCTION_WORDS.has(t.folded) &&
      !(t.allCaps && t.text.length > 1) &&
      !TITLE_WORDS.has(t.folded),
  );
}
