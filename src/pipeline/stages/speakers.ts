// Stage "speakers": each quotation's speaker label ("Ms. Doe", "she", "the minister") tied
// to a person of the article, through the people stage's mentions (which already resolved
// pronouns and role nouns) and, failing that, the people's aliases.

import type { Quote } from '../quotes/model';
import { foldAccents } from '../text/fold-accents';
import { isMistypedFormOf } from '../text/mistyped-name';
import type { ArticleDoc, Stage } from '../types';
import type { Mention, Person } from './people';

const normalise = (value: string) =>
  foldAccents(value)
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/\s+/g, ' ')
    .trim();

const WINDOW = 600;

/** Index of the first mention starting at or after `position` (mentions sorted by start). */
function firstFrom(mentions: Mention[], position: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid].start < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

function byMention(text: string, quote: Quote, label: string, mentions: Mention[]): string | null {
  let best: { key: string; distance: number } | null = null;
  // Only mentions near the quote can be its attribution: a window keeps long articles linear.
  const end = firstFrom(mentions, quote.end + WINDOW);
  for (let index = firstFrom(mentions, quote.start - WINDOW - 200); index < end; index++) {
    const mention = mentions[index];
    const surface = normalise(text.slice(mention.start, mention.end));
    if (!(surface === label || label.endsWith(` ${surface}`) || surface.endsWith(` ${label}`))) continue;
    // The attribution sits next to the quote: prefer the closest mention, before or after it.
    const distance = mention.start >= quote.end ? mention.start - quote.end : Math.max(0, quote.start - mention.end);
    if (!best || distance < best.distance) best = { key: mention.personKey, distance };
  }
  return best && best.distance < WINDOW ? best.key : null;
}

/**
 * Normalised alias → the people called so. A label matches a person when it is one of the
 * person's aliases or ends with one (after a space): looked up by the label's word endings
 * instead of normalising every alias of every person for every quote.
 */
function aliasIndex(people: Person[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const person of people) {
    for (const alias of person.aliases) {
      const folded = normalise(alias);
      const keys = index.get(folded);
      if (keys) keys.add(person.key);
      else index.set(folded, new Set([person.key]));
    }
  }
  return index;
}

function byAlias(label: string, aliases: Map<string, Set<string>>): string | null {
  const matches = new Set(aliases.get(label));
  for (let space = label.indexOf(' '); space >= 0; space = label.indexOf(' ', space + 1)) {
    for (const key of aliases.get(label.slice(space + 1)) ?? []) matches.add(key);
  }
  return matches.size === 1 ? [...matches][0] : null;
}

/** A label with one letter of a long name mistyped ("Whitmarch") is the one person whose alias it spoils. */
function byMistypedAlias(label: string, aliases: Map<string, Set<string>>): string | null {
  const matches = new Set<string>();
  for (const [alias, keys] of aliases) if (isMistypedFormOf(label, alias)) for (const key of keys) matches.add(key);
  return matches.size === 1 ? [...matches][0] : null;
}

/** Transcript labels of someone who speaks another person's words. */
export const INTERPRETER_LABEL = /^(?:translator|interpreter)$/i;
/** How far before a transcript the article names the people who may be speaking through an interpreter. */
const CONTEXT_BEFORE = 800;
/** Turns closer than this belong to one exchange. */
const TURN_GAP = 200;

/**
 * The person an interpreter speaks for: of the people named just before the exchange, the
 * one the interpreted words do not themselves refer to ("we are pleased to welcome the
 * minister" is not the minister speaking) and who does not speak in the exchange under a
 * label of their own. Null when that leaves anything but exactly one person.
 */
function interpretedPerson(exchange: Quote[], sortedMentions: Mention[], labelled: Set<string>): string | null {
  const interpreted = exchange.filter((turn) => turn.speakerLabel && INTERPRETER_LABEL.test(turn.speakerLabel.trim()));
  const referred = new Set<string>();
  for (const turn of interpreted) {
    for (let i = firstFrom(sortedMentions, turn.start); i < sortedMentions.length && sortedMentions[i].start < turn.end; i++) {
      if (sortedMentions[i].end <= turn.end) referred.add(sortedMentions[i].personKey);
    }
  }
  const start = exchange[0].start;
  const candidates = new Set<string>();
  for (let i = firstFrom(sortedMentions, start - CONTEXT_BEFORE); i < sortedMentions.length && sortedMentions[i].start < start; i++) {
    const key = sortedMentions[i].personKey;
    if (sortedMentions[i].end <= start && !referred.has(key) && !labelled.has(key)) candidates.add(key);
  }
  return candidates.size === 1 ? [...candidates][0] : null;
}

/** Transcript turns in runs of one exchange (turns closer than TURN_GAP), in text order. */
function exchanges(quotes: Quote[]): Quote[][] {
  const turns = quotes.filter((q) => q.kind === 'transcript').sort((a, b) => a.start - b.start);
  const runs: Quote[][] = [];
  for (const turn of turns) {
    const last = runs.at(-1);
    if (last && turn.start - last[last.length - 1].end < TURN_GAP) last.push(turn);
    else runs.push([turn]);
  }
  return runs;
}

/** Person keys parallel to `quotes` (null when the speaker is unnamed or unknown). */
export function resolveSpeakers(text: string, quotes: Quote[], people: Person[], mentions: Mention[]): (string | null)[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let aliases: Map<string, Set<string>> | null = null;
  const resolved = quotes.map((quote) => {
    if (!quote.speakerLabel || INTERPRETER_LABEL.test(quote.speakerLabel.trim())) return null;
    const label = normalise(quote.speakerLabel);
    return byMention(text, quote, label, sorted) ?? byAlias(label, (aliases ??= aliasIndex(people))) ?? byMistypedAlias(label, aliases);
  });
  // Interpreters' lines are the words of the person interpreted (the label stays, marking them as interpreted).
  const labelled = new Set(resolved.filter((key, index) => key !== null && quotes[index].kind === 'transcript') as string[]);
  const interpreter = new Map<Quote, string | null>();
  for (const exchange of exchanges(quotes)) {
    if (!exchange.some((turn) => turn.speakerLabel && INTERPRETER_LABEL.test(turn.speakerLabel.trim()))) continue;
    const person = interpretedPerson(exchange, sorted, labelled);
    for (const turn of exchange) interpreter.set(turn, person);
  }
  return quotes.map((quote, index) =>
    quote.kind === 'transcript' && quote.speakerLabel && INTERPRETER_LABEL.test(quote.speakerLabel.trim())
      ? (interpreter.get(quote) ?? null)
      : resolved[index],
  );
}

export const speakersStage: Stage = {
  name: 'speakers',
  requires: ['text', 'quotes', 'people', 'mentions'],
  assigns: ['quoteSpeakers'],
  englishOnly: true,
  run: (doc: ArticleDoc) => ({
    quoteSpeakers: resolveSpeakers(
      doc.text ?? '',
      (doc.quotes as Quote[]) ?? [],
      (doc.people as Person[]) ?? [],
      (doc.mentions as Mention[]) ?? [],
    ),
  }),
};
