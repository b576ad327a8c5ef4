// Merges person candidates into people: full names, surnames, given names, accent variants.
import type { Candidate, Gender } from './discover';
import { PARTICLES } from './lexicon';

export interface PersonDraft {
  key: string;
  /** Key words (accent-folded, lower-case, no initials). */
  words: string[];
  /** Display forms of the name seen (accents kept). */
  displays: string[];
  roles: Set<string>;
  qualifiers: Set<string>;
  gender?: Gender;
  /** A title, a role word, a middle initial or a verb of saying showed it is a person. */
  strong: boolean;
}

const keyWords = (c: Candidate) => c.name.filter((t) => !(t.text.length === 1 && t.cap)).map((t) => t.folded);

export function mergeCandidates(text: string, candidates: Candidate[]): PersonDraft[] {
  const byKey = new Map<string, PersonDraft>();
  const absorb = (p: PersonDraft, c: Candidate) => {
    p.displays.push(text.slice(c.name[0].start, c.name[c.name.length - 1].end));
    if (c.role) p.roles.add(c.role);
    if (c.qualifier) p.qualifiers.add(c.qualifier);
    p.gender ??= c.gender;
    p.strong ||= c.titled || c.speaks;
  };
  // Longest names first, so that shorter forms can attach to them.
  const sorted = [...candidates].sort((a, b) => keyWords(b).length - keyWords(a).length);
  const full: PersonDraft[] = [];
  const index = new ContainingIndex();
  for (const c of sorted) {
    const words = keyWords(c);
    if (words.length === 0) continue;
    const key = words.join(' ');
    let person = byKey.get(key) ?? findContaining(index.candidates(words), words);
    if (!person) {
      person = { key, words, displays: [], roles: new Set(), qualifiers: new Set(), strong: false };
      full.push(person);
      index.add(person);
    }
    byKey.set(key, person);
    absorb(person, c);
  }
  return full;
}

/**
 * The unique known person whose name ends with `words` (a surname, or a two-word compound
 * surname), or, for one word, starts with it (a given name).
 */
export function findContaining(people: PersonDraft[], words: string[]): PersonDraft | undefined {
  const matches = people.filter(
    (p) => p.words.length > words.length && (endsWith(p.words, words) || (words.length === 1 && p.words[0] === words[0])),
  );
  const surnames = matches.filter((p) => endsWith(p.words, words));
  if (surnames.length === 1) return surnames[0];
  return surnames.length === 0 && matches.length === 1 ? matches[0] : undefined;
}

/**
 * The people findContaining could match, found by their last words and first word instead of
 * a scan of everyone (a long article names thousands of people), in the order they were added.
 */
class ContainingIndex {
  private readonly byTail = new Map<string, PersonDraft[]>();
  private readonly byFirst = new Map<string, PersonDraft[]>();
  private readonly order = new Map<PersonDraft, number>();

  add(person: PersonDraft): void {
    this.order.set(person, this.order.size);
    for (let from = 1; from < person.words.length; from++) push(this.byTail, person.words.slice(from).join(' '), person);
    push(this.byFirst, person.words[0], person);
  }

  candidates(words: string[]): PersonDraft[] {
    const found = new Set(this.byTail.get(words.join(' ')) ?? []);
    if (words.length === 1) for (const person of this.byFirst.get(words[0]) ?? []) found.add(person);
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function endsWith(words: string[], tail: string[]): boolean {
  const offset = words.length - tail.length;
  return offset >= 0 && tail.every((w, i) => words[offset + i] === w);
}

/** Initials of a name's words, hyphenated parts counted apart ("Jane Doe-Roe" → "jdr"). */
export function initialsOf(words: string[]): string {
  return words
    .filter((w) => !PARTICLES.has(w))
    .flatMap((w) => w.split('-'))
    .map((w) => w[0] ?? '')
    .join('');
}

/** The best display form: the most words, accented where any spelling has accents. */
export function bestDisplay(displays: string[]): string {
  const score = (d: string) => d.split(/\s+/).length * 10 + (/[^\x00-\x7F]/.test(d) ? 1 : 0);
  return displays.reduce((best, d) => (score(d) > score(best) ? d : best), displays[0] ?? '');
}
