// People across a story's articles. Within an article the people stage already ties "Okafor"
// to "Dana Okafor"; but an outlet that only ever writes the surname produces a person of its
// own, and the people page, speaker counts and attribution checks would then treat one man
// as two. A name that is a shorter form of exactly one other person's name in the story
// (the surname or surnames, or the full name without middle names) is that person. When
// two people could be meant ("Grant" beside "Jo Grant" and "Ulysses Grant"), nothing is
// merged: a wrong merge is worse than a duplicate.
import { foldAccents } from '../text/fold-accents';
import { isMistypedFormOf } from '../text/mistyped-name';

export { isMistypedFormOf };

export interface StoryPersonName {
  /** The accent-folded, lower-case canonical name the per-article stage keys people by. */
  key: string;
  /** How many of the story's articles mention the person under this key. */
  articles: number;
}

const tokensOf = (key: string) => key.split(/\s+/).filter(Boolean);

function isSuffix(short: string[], long: string[]): boolean {
  const offset = long.length - short.length;
  return short.every((token, index) => token === long[offset + index]);
}

/** First and last names kept, some middle ones dropped: "Maria Lopes Ferreira" of "Maria Helena Lopes Ferreira". */
function isShortenedFullName(short: string[], long: string[]): boolean {
  if (short.length < 2 || short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let at = 0;
  for (const token of long) if (token === short[at]) at++;
  return at === short.length;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** `damaged` is `word` with one vowel lost ("nunz" of "nunez"). */
function lostOneVowel(damaged: string, word: string): boolean {
  if (word.length !== damaged.length + 1 || word.length < 4) return false;
  for (let i = 0; i < word.length; i++) {
    if (word.slice(0, i) + word.slice(i + 1) === damaged) return VOWELS.has(word[i]);
  }
  return false;
}

/**
 * The same name in a copy whose accented letters were lost on the way ("Ana Mara Gmez"
 * for "Ana María Gómez", a page saved in the wrong encoding): as many words, each the
 * same or short of one vowel, and at least one word intact.
 */
export function isDamagedSpellingOf(damagedKey: string, key: string): boolean {
  const damaged = tokensOf(damagedKey);
  const intact = tokensOf(key);
  if (damaged.length < 2 || damaged.length !== intact.length || damagedKey === key) return false;
  let same = 0;
  for (let i = 0; i < damaged.length; i++) {
    if (damaged[i] === intact[i]) same++;
    else if (!lostOneVowel(damaged[i], intact[i])) return false;
  }
  return same > 0;
}

export function isShorterFormOf(shortKey: string, longKey: string): boolean {
  const short = tokensOf(shortKey);
  const long = tokensOf(longKey);
  if (short.length === 0 || short.length >= long.length) return false;
  return isSuffix(short, long) || isShortenedFullName(short, long);
}

/** The name a merged person goes by: a full name (two words or more), the one most articles use, then the longest. */
function preferredKey(members: StoryPersonName[]): string {
  const rank = (person: StoryPersonName) => [tokensOf(person.key).length > 1 ? 1 : 0, person.articles, tokensOf(person.key).length];
  return [...members].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return rb[0] - ra[0] || rb[1] - ra[1] || rb[2] - ra[2] || a.key.localeCompare(b.key);
  })[0].key;
}

/**
 * Which people are another person of the story under another form of the name: a map from
 * each such key to the key the person is kept under. People not in the map stay as they
 * are. The kept name is the form most articles use, so that one page's slip (a word of the
 * sentence taken into the name) does not rename the person everywhere.
 */
export function resolveStoryPeople(people: StoryPersonName[]): Map<string, string> {
  const byKey = new Map(people.map((person) => [person.key, person]));
  const keys = [...byKey.keys()];
  const cluster = new Map(keys.map((key) => [key, key]));
  const rootOf = (key: string): string => {
    const parent = cluster.get(key)!;
    return parent === key ? key : rootOf(parent);
  };
  // Longest names first, so that a chain ("Ferreira" → "Lopes Ferreira" → the full name) joins one cluster.
  const ordered = [...keys].sort((a, b) => tokensOf(b).length - tokensOf(a).length || a.localeCompare(b));
  for (const key of ordered) {
    const mistyped = (other: string) => isMistypedFormOf(key, other) && byKey.get(key)!.articles < byKey.get(other)!.articles;
    const targets = new Set(
      keys
        .filter((other) => other !== key && (isShorterFormOf(key, other) || isDamagedSpellingOf(key, other) || mistyped(other)))
        .map(rootOf),
    );
    if (targets.size === 1) cluster.set(rootOf(key), [...targets][0]);
  }
  const members = new Map<string, StoryPersonName[]>();
  for (const key of keys) members.set(rootOf(key), [...(members.get(rootOf(key)) ?? []), byKey.get(key)!]);
  const kept = new Map<string, string>();
  for (const group of members.values()) {
    if (group.length < 2) continue;
    const preferred = preferredKey(group);
    for (const person of group) if (person.key !== preferred) kept.set(person.key, preferred);
  }
  return kept;
}

/**
 * The spelling to show for a person: the name as stored, or the same name with its accents
 * when some article wrote them ("José María Núñez" over "Jose Maria
 * Nunez"): an outlet that drops accents should not decide how a name is shown.
 */
export function accentedDisplayName(name: string, aliases: string[]): string {
  const plain = foldAccents(name);
  const accented = aliases.filter((alias) => alias !== plain && foldAccents(alias) === plain);
  return accented.sort()[0] ?? name;
}
