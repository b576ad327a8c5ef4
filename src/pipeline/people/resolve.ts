// Resolves pronouns and role nouns ("the vice president") to people by salience, in one article.
import type { Gender } from './discover';
import { ROLE_NOUNS } from './lexicon';
import type { PersonDraft } from './merge';
import type { Token } from './tokens';

export interface Reference {
  key: string;
  start: number;
  end: number;
  kind: 'name' | 'pronoun' | 'role';
  sentence: number;
}

const PRONOUNS: Record<string, Gender> = { he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f' };
/** How many sentences back a pronoun or role noun may look. */
const WINDOW = 2;
const ROLE_PATTERN = ROLE_NOUNS.map((r) => r.replace(/\b(\p{Ll})/gu, (c) => `[${c.toUpperCase()}${c}]`)).join('|');
const ROLE_RE = new RegExp(
  `\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:([\\p{L}.]+)\\s+)??(${ROLE_PATTERN})\\b|\\b(\\p{Lu}[\\p{L}.]+?)(?:['’´]s|s)\\s+(${ROLE_PATTERN})\\b`,
  'gu',
);

interface Pending {
  start: number;
  end: number;
  sentence: number;
  kind: 'pronoun' | 'role';
  gender?: Gender;
  role?: string;
  qualifier?: string;
  /** Where the role noun itself starts: in "Doe's spokesman" the name before it is the possessor, not the same reference. */
  nounStart?: number;
}

/** Pronoun and role-noun references, resolved against the name mentions (sorted by start). */
export function resolveReferences(
  text: string,
  tokens: Token[],
  names: Reference[],
  people: Map<string, PersonDraft>,
  sentenceOf: (offset: number) => number,
  quoted: (offset: number) => boolean = () => false,
): Reference[] {
  const pending: Pending[] = [];
  for (const t of tokens) {
    const gender = PRONOUNS[t.folded];
    if (gender && t.sentence >= 0) pending.push({ start: t.start, end: t.end, sentence: t.sentence, kind: 'pronoun', gender });
  }
  for (const m of text.matchAll(ROLE_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue; // a title before a name
    const sentence = sentenceOf(start);
    if (sentence < 0) continue;
    const qualifier = (m[1] ?? m[3])?.toLowerCase().replace(/[^\p{L}]/gu, '');
    const nounStart = m[4] === undefined ? undefined : end - m[4].length;
    pending.push({ start, end, sentence, kind: 'role', role: (m[2] ?? m[4]).toLowerCase(), qualifier, nounStart });
  }
  pending.sort((a, b) => a.start - b.start);
  sweep(text, pending, names, people, quoted); // a first pass learns genders from unambiguous pronouns
  return sweep(text, pending, names, people, quoted);
}

function sweep(
  text: string,
  pending: Pending[],
  names: Reference[],
  people: Map<string, PersonDraft>,
  quoted: (offset: number) => boolean,
): Reference[] {
  const out: Reference[] = [];
  const history: Reference[] = [];
  // Where each person was last referred to, and the holders of each role: looked up per role
  // noun instead of scanning the whole history and every person (quadratic in a long article).
  const lastAt = new Map<string, number>();
  const holdersOf = new Map<string, PersonDraft[]>();
  const remember = (ref: Reference) => {
    lastAt.set(ref.key, history.length);
    history.push(ref);
  };
  let ni = 0;
  for (const p of pending) {
    while (ni < names.length && names[ni].start < p.end) remember(names[ni++]);
    if (overlapsRecent(p, history)) continue;
    const next = names[ni];
    const apposition = p.kind === 'role' && next && /^,\s?$/.test(text.slice(p.end, next.start)) ? next.key : undefined;
    const key =
      apposition ?? (p.kind === 'pronoun' ? resolvePronoun(p, history, people, quoted) : resolveRole(p, lastAt, people, holdersOf));
    if (!key) continue;
    if (p.kind === 'role' && p.qualifier && p.qualifier.length >= 2) people.get(key)?.qualifiers.add(p.qualifier);
    const ref: Reference = { key, start: p.start, end: p.end, kind: p.kind, sentence: p.sentence };
    out.push(ref);
    remember(ref);
  }
  return out;
}

function recent(p: Pending, history: Reference[], ok: (key: string) => boolean): Reference[] {
  const found: Reference[] = [];
  for (let i = history.length - 1; i >= 0 && history[i].sentence >= p.sentence - WINDOW; i--) {
    if (history[i].sentence <= p.sentence && ok(history[i].key)) found.push(history[i]);
  }
  return found; // most recent first
}

function resolvePronoun(
  p: Pending,
  history: Reference[],
  people: Map<string, PersonDraft>,
  quoted: (offset: number) => boolean,
): string | undefined {
  const compatible = (key: string) => {
    const g = people.get(key)?.gender;
    return g === undefined || g === p.gender;
  };
  const all = recent(p, history, compatible);
  if (all.length === 0) return undefined;
  // Prefer the subject: the first compatible mention of the nearest sentence that has one,
  // among those known to match the pronoun's gender when there are any.
  const sentence = all.filter((r) => r.sentence === all[0].sentence);
  // Outside a quotation, the people named inside one are the last candidates.
  const unquoted = quoted(p.start) ? sentence : sentence.filter((r) => !quoted(r.start));
  const nearest = unquoted.length > 0 ? unquoted : sentence;
  const known = nearest.filter((r) => people.get(r.key)?.gender === p.gender);
  const inSentence = known.length > 0 ? known : nearest;
  const key = inSentence[inSentence.length - 1].key;
  const person = people.get(key);
  if (person && person.gender === undefined && new Set(all.map((r) => r.key)).size === 1) person.gender = p.gender;
  return key;
}

/** Words that make a different office of a role ("vice president" is not "the president"). */
const RANK_WORDS = new Set(['vice', 'deputy', 'assistant', 'associate', 'prime', 'former', 'lieutenant', 'under', 'acting']);

/** "finance minister" holds "minister"; "vice president" does not hold "president". */
function holdsRole(roles: Set<string>, role: string): boolean {
  if (roles.has(role)) return true;
  return [...roles].some((held) => held.endsWith(` ${role}`) && !held.split(' ').some((word) => RANK_WORDS.has(word)));
}

function resolveRole(
  p: Pending,
  lastAt: Map<string, number>,
  people: Map<string, PersonDraft>,
  holdersOf: Map<string, PersonDraft[]>,
): string | undefined {
  const role = p.role;
  if (role === undefined) return undefined;
  let holders = holdersOf.get(role);
  if (!holders) holdersOf.set(role, (holders = [...people.values()].filter((person) => holdsRole(person.roles, role))));
  if (holders.length === 0) return undefined;
  const q = p.qualifier && p.qualifier.length >= 2 ? p.qualifier.slice(0, 5) : undefined;
  // "the finance minister": the qualifier is part of the title the holder was introduced with.
  const qualified = q
    ? holders.filter((h) => [...h.qualifiers].some((x) => x.slice(0, 5) === q) || h.roles.has(`${p.qualifier} ${role}`))
    : [];
  // A qualifier that matches nobody still rules out holders known to be from elsewhere.
  const unqualified = q ? holders.filter((h) => h.qualifiers.size === 0) : [];
  const pool = qualified.length > 0 ? qualified : unqualified.length > 0 ? unqualified : holders;
  if (pool.length === 1) return pool[0].key;
  // The holder referred to most recently.
  let latest: { key: string; at: number } | undefined;
  for (const holder of pool) {
    const at = lastAt.get(holder.key);
    if (at !== undefined && (!latest || at > latest.at)) latest = { key: holder.key, at };
  }
  return latest?.key;
}

/** Whether a name mention already covers the span (history is sorted by start; look back a little). */
function overlapsRecent(p: Pending, history: Reference[]): boolean {
  const start = p.nounStart ?? p.start;
  for (let i = history.length - 1; i >= 0 && i >= history.length - 8; i--) {
    if (start < history[i].end && history[i].start < p.end) return true;
  }
  return false;
}
