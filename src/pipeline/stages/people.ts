// Stage "people": the people an article names, with every mention of them (names,
// pronouns, role nouns). Names are discovered from the text itself (capitalised runs,
// titles as evidence), never from a list of known people; aliases are merged by surname,
// given name, accent folding and initialisms; references are resolved within the article.

import { discoverCandidates } from '../people/discover';
import { aliasMap, findNameMentions } from '../people/mentions';
import { bestDisplay, mergeCandidates, type PersonDraft } from '../people/merge';
import { quotedOffsets } from '../people/quoted';
import { type Reference, resolveReferences } from '../people/resolve';
import { sentenceAt, tokenize } from '../people/tokens';
import type { ParagraphSpan, SentenceSpan, Stage } from '../types';

export type Person = {
  /** Accent-folded lower-case canonical full name ("José Q. Núñez" → "jose nunez": middle initials left out). */
  key: string;
  /** Best full display form; accented if any spelling has accents. */
  name: string;
  /** Every surface form seen (with titles where written). */
  aliases: string[];
  /** Role from a title, e.g. "vice president". */
  role?: string;
};

export type Mention = {
  personKey: string;
  start: number;
  end: number;
  kind: 'name' | 'pronoun' | 'role';
  sentenceIndex: number;
};

export type PeopleResult = { people: Person[]; mentions: Mention[] };

/** Paragraph kinds in which new people are not discovered (title case makes everything look like a name). */
const NO_DISCOVERY = new Set(['headline', 'subhead']);

/** Pure: the people and mentions of one cleaned article. */
export function extractPeople(text: string, paragraphs: ParagraphSpan[], sentences: SentenceSpan[]): PeopleResult {
  const tokens = tokenize(text, sentences);
  const lowerWords = new Set(tokens.filter((t) => !t.cap).map((t) => t.folded));
  const allowed = (offset: number) => {
    const p = paragraphs[sentenceAt(paragraphs, offset)];
    return !p || !NO_DISCOVERY.has(p.kind);
  };
  const drafts = mergeCandidates(text, discoverCandidates(text, tokens, lowerWords, allowed));
  const byKey = new Map(drafts.map((d) => [d.key, d]));
  const names = findNameMentions(text, tokens, aliasMap(drafts, text, tokens));
  const sentenceOf = (offset: number) => sentenceAt(sentences, offset);
  // A person without a title or a verb of saying must at least be called by a shorter form too.
  const shortForm = (n: { key: string; surfaceName: string }) => n.surfaceName.split(/\s+/).length < (byKey.get(n.key)?.words.length ?? 0);
  const mentioned = new Set<string>(names.filter((n) => byKey.get(n.key)?.strong || shortForm(n)).map((n) => n.key));
  const kept = new Map([...byKey].filter(([key]) => mentioned.has(key)));
  const nameRefs: Reference[] = names
    .filter((n) => mentioned.has(n.key))
    .map((n) => ({ key: n.key, start: n.start, end: n.end, kind: 'name', sentence: sentenceOf(n.start) }));
  const refs = [...nameRefs, ...resolveReferences(text, tokens, nameRefs, kept, sentenceOf, quotedOffsets(text, paragraphs))].sort(
    (a, b) => a.start - b.start,
  );
  const namesOf = new Map<string, typeof names>();
  for (const n of names) {
    const list = namesOf.get(n.key);
    if (list) list.push(n);
    else namesOf.set(n.key, [n]);
  }
  const people = drafts.filter((d) => mentioned.has(d.key)).map((d) => toPerson(d, namesOf.get(d.key) ?? []));
  const mentions = refs
    .filter((r) => r.sentence >= 0 && mentioned.has(r.key))
    .map((r): Mention => ({ personKey: r.key, start: r.start, end: r.end, kind: r.kind, sentenceIndex: r.sentence }));
  return { people, mentions };
}

function toPerson(draft: PersonDraft, names: { surface: string; surfaceName: string }[]): Person {
  const aliases = new Set<string>([...draft.displays, ...names.flatMap((n) => [n.surfaceName, n.surface])]);
  const role = [...draft.roles].sort((a, b) => b.split(' ').length - a.split(' ').length)[0];
  const person: Person = { key: draft.key, name: bestDisplay(draft.displays), aliases: [...aliases] };
  if (role) person.role = role;
  return person;
}

export const peopleStage: Stage = {
  name: 'people',
  requires: ['text', 'paragraphs', 'sentences'],
  assigns: ['people', 'mentions'],
  englishOnly: true,
  run: (doc) => extractPeople(doc.text ?? '', doc.paragraphs ?? [], doc.sentences ?? []),
};
