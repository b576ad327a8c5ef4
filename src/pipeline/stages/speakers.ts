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

/** Person keys parallel to `quotes` (null when the speaker is unnamed or unknown). */
export function resolveSpeakers(text: string, quotes: Quote[], people: Person[], mentions: Mention[]): (string | null)[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let aliases: Map<string, Set<string>> | null = null;
  return quotes.map((quote) => {
    if (!quote.speakerLabel) return null;
    const label = normalise(quote.speakerLabel);
    return byMention(text, quote, label, sorted) ?? byAlias(label, (aliases ??= aliasIndex(people)));
  });
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
