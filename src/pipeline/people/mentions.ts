// Finds every name mention of the known people: a linear scan over tokens with an alias map.
import { NON_PERSON_WORDS, TITLE_ABBREVIATIONS, TITLE_WORDS } from './lexicon';
import { initialsOf, type PersonDraft } from './merge';
import type { Token } from './tokens';

export interface NameMention {
  key: string;
  start: number;
  end: number;
  /** The name with any title before it, as written ("Vice President Jane Doe"). */
  surface: string;
  surfaceName: string;
}

/** Alias word sequences (joined by a space) → person key; ambiguous aliases are left out. */
export function aliasMap(people: PersonDraft[], text: string, tokens: Token[]): Map<string, string> {
  const counts = new Map<string, Set<string>>();
  const add = (alias: string, key: string) => {
    if (!counts.has(alias)) counts.set(alias, new Set());
    counts.get(alias)?.add(key);
  };
  for (const p of people) {
    const n = p.words.length;
    add(p.words.join(' '), p.key);
    if (n >= 2) {
      add(p.words[n - 1], p.key);
      add(p.words[0], p.key);
    }
    if (n >= 3) add(p.words.slice(n - 2).join(' '), p.key);
    const initials = initialsOf(p.words);
    if (initials.length >= 3) add(`#${initials}`, p.key);
  }
  // "Jane Doe (JD)": an initialism introduced in brackets right after a full name.
  const index = new Map(tokens.map((t, i) => [t.start, i]));
  for (const m of text.matchAll(/\((\p{Lu}{2,6})\)/gu)) {
    const i = index.get((m.index ?? 0) + 1);
    if (i === undefined || i < 1) continue;
    const prev = tokens[i - 1];
    if (text.slice(prev.end, m.index).trim() !== '') continue;
    for (const p of people) if (p.words[p.words.length - 1] === prev.folded) add(`#${m[1].toLowerCase()}`, p.key);
  }
  const map = new Map<string, string>();
  for (const [alias, keys] of counts) if (keys.size === 1) map.set(alias, [...keys][0]);
  return map;
}

const MAX_ALIAS = 6;

export function findNameMentions(text: string, tokens: Token[], aliases: Map<string, string>): NameMention[] {
  const mentions: NameMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap) continue;
    if (t.allCaps && aliases.has(`#${t.folded}`)) {
      mentions.push(mention(text, tokens, i, i, aliases.get(`#${t.folded}`) as string));
      continue;
    }
    let words: string[] = [];
    let best = -1;
    let bestKey = '';
    for (let j = i; j < tokens.length && j < i + MAX_ALIAS; j++) {
      const u = tokens[j];
      if (j > i && text.slice(tokens[j - 1].end, u.start).replace(/^\./, '') !== ' ') break;
      if (!u.cap && !/^(?:de|del|la|van|von|bin|al|da|di|y)$/.test(u.folded)) break;
      if (u.text.length === 1 && j > i) continue; // a middle initial
      words = [...words, u.folded];
      const key = aliases.get(words.join(' '));
      if (key) {
        best = j;
        bestKey = key;
      }
    }
    if (best < 0) continue;
    const after = tokens[best + 1];
    if (after?.cap && NON_PERSON_WORDS.has(after.folded) && text.slice(tokens[best].end, after.start) === ' ') {
      i = best + 1;
      continue;
    }
    mentions.push(mention(text, tokens, i, best, bestKey));
    i = best;
  }
  return mentions;
}

function mention(text: string, tokens: Token[], from: number, to: number, key: string): NameMention {
  let first = from;
  while (first > 0) {
    const prev = tokens[first - 1];
    const gap = text.slice(prev.end, tokens[first].start);
    const abbreviation = TITLE_ABBREVIATIONS[prev.folded] !== undefined && gap === '. ';
    if (!prev.cap || !TITLE_WORDS.has(prev.folded) || (gap !== ' ' && !abbreviation)) break;
    first--;
  }
  const start = tokens[from].start;
  const end = tokens[to].end;
  return { key, start, end, surface: text.slice(tokens[first].start, end), surfaceName: text.slice(start, end) };
}
