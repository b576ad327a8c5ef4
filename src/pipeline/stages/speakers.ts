// Stage "speakers": each quotation's speaker label ("Ms. Doe", "she", "the minister") tied
// to a person of the article, through the people stage's mentions (which already resolved
// pronouns and role nouns) and, failing that, the people's aliases.
import type { ArticleDoc, Stage } from '../types';
import { foldAccents } from '../text/fold-accents';
import type { Mention, Person } from './people';
import type { Quote } from '../quotes/model';

const normalise = (value: string) => foldAccents(value).toLowerCase().replace(/[’']s$/, '').replace(/\s+/g, ' ').trim();

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

function byAlias(label: string, people: Person[]): string | null {
  const matches = people.filter((person) => person.aliases.some((alias) => {
    const folded = normalise(alias);
    return folded === label || label.endsWith(` ${folded}`);
  }));
  return matches.length === 1 ? matches[0].key : null;
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
function interpretedPerson(quote: Quote, quotes: Quote[], sortedMentions: Mention[], labelled: Set<string>): string | null {
  const turns = quotes.filter((q) => q.kind === 'transcript').sort((a, b) => a.start - b.start);
  let first = turns.indexOf(quote);
  let last = first;
  while (first > 0 && turns[first].start - turns[first - 1].end < TURN_GAP) first--;
  while (last < turns.length - 1 && turns[last + 1].start - turns[last].end < TURN_GAP) last++;
  const exchange = turns.slice(first, last + 1);
  const interpreted = exchange.filter((turn) => turn.speakerLabel && INTERPRETER_LABEL.test(turn.speakerLabel.trim()));
  const referred = new Set(
    sortedMentions.filter((m) => interpreted.some((turn) => m.start >= turn.start && m.end <= turn.end)).map((m) => m.personKey),
  );
  const start = exchange[0].start;
  const candidates = new Set(
    sortedMentions.filter((m) => m.end <= start && m.start >= start - CONTEXT_BEFORE).map((m) => m.personKey).filter((key) => !referred.has(key) && !labelled.has(key)),
  );
  return candidates.size === 1 ? [...candidates][0] : null;
}

/** Person keys parallel to `quotes` (null when the speaker is unnamed or unknown). */
export function resolveSpeakers(text: string, quotes: Quote[], people: Person[], mentions: Mention[]): (string | null)[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const resolved = quotes.map((quote) => {
    if (!quote.speakerLabel || INTERPRETER_LABEL.test(quote.speakerLabel.trim())) return null;
    const label = normalise(quote.speakerLabel);
    return byMention(text, quote, label, sorted) ?? byAlias(label, people);
  });
  // Interpreters' lines are the words of the person interpreted (the label stays, marking them as interpreted).
  const labelled = new Set(resolved.filter((key, index) => key !== null && quotes[index].kind === 'transcript') as string[]);
  return quotes.map((quote, index) =>
    quote.kind === 'transcript' && quote.speakerLabel && INTERPRETER_LABEL.test(quote.speakerLabel.trim()) ? interpretedPerson(quote, quotes, sorted, labelled) : resolved[index],
  );
}

export const speakersStage: Stage = {
  name: 'speakers',
  requires: ['text', 'quotes', 'people', 'mentions'],
  assigns: ['quoteSpeakers'],
  englishOnly: true,
  run: (doc: ArticleDoc) => ({
    quoteSpeakers: resolveSpeakers(doc.text ?? '', (doc.quotes as Quote[]) ?? [], (doc.people as Person[]) ?? [], (doc.mentions as Mention[]) ?? []),
  }),
};
