// The per-article pipeline on invented articles written in conventions the seed story does not
// use (British quotation marks, a wire dateline, an interview transcript, a live blog, role nouns
// and scare quotes). Expectations are hand-written in tests/fixtures/generality/expected.ts;
// an expectation with a `limitation` is kept as a failing test with its explanation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Quote } from '@/pipeline/quotes/model';
import { analyseArticle } from '@/pipeline/stages';
import type { SentenceDate, SentenceQuantity } from '@/pipeline/stages/numbers-dates';
import type { Mention, Person } from '@/pipeline/stages/people';
import type { ArticleDoc } from '@/pipeline/types';
import { type GeneralityFixture, generalityFixtures } from '../../fixtures/generality/expected';
import { expectValidParagraphSpans, expectValidSentenceSpans } from './article-assertions';

const DIR = join(__dirname, '../../fixtures/generality');

type Analysed = {
  doc: ArticleDoc;
  text: string;
  quotes: Quote[];
  speakers: (string | null)[];
  people: Person[];
  mentions: Mention[];
  dates: SentenceDate[];
  quantities: SentenceQuantity[];
};

const cache = new Map<string, Analysed>();

function analysed(fixture: GeneralityFixture): Analysed {
  let result = cache.get(fixture.file);
  if (!result) {
    const rawText = readFileSync(join(DIR, fixture.file), 'utf8');
    const doc = analyseArticle({ sourceFile: fixture.file, rawText, publishedAt: new Date(fixture.publishedAt) });
    result = {
      doc,
      text: doc.text ?? '',
      quotes: doc.quotes as Quote[],
      speakers: doc.quoteSpeakers as (string | null)[],
      people: doc.people as Person[],
      mentions: doc.mentions as Mention[],
      dates: doc.dates as SentenceDate[],
      quantities: doc.quantities as SentenceQuantity[],
    };
    cache.set(fixture.file, result);
  }
  return result;
}

const nameOf = (a: Analysed, key: string | null | undefined) => (key ? (a.people.find((p) => p.key === key)?.name ?? `?${key}`) : null);

// Each check returns what is wrong with one expectation (empty when it is met).
type Check<T> = (a: Analysed, expected: T) => string[];

const checkQuote: Check<GeneralityFixture['quotes'][number]> = (a, expected) => {
  const index = a.quotes.findIndex((q) => q.text === expected.text);
  if (index < 0) return [`quote not found: ${expected.text}`];
  const quote = a.quotes[index];
  const problems: string[] = [];
  if (!quote.isQuotation) problems.push(`not taken as a quotation: ${expected.text}`);
  const speaker = nameOf(a, a.speakers[index]);
  if (speaker !== expected.speaker)
    problems.push(`speaker of "${expected.text}": ${speaker} (label ${quote.speakerLabel}), expected ${expected.speaker}`);
  if (expected.label !== undefined && quote.speakerLabel !== expected.label)
    problems.push(`label of "${expected.text}": ${quote.speakerLabel}, expected ${expected.label}`);
  return problems;
};

const checkPerson: Check<GeneralityFixture['people'][number]> = (a, expected) => {
  const person = a.people.find((p) => p.name === expected.name);
  if (!person) return [`person not found: ${expected.name} (found ${a.people.map((p) => p.name).join(', ')})`];
  return expected.aliases
    .filter((alias) => !person.aliases.includes(alias))
    .map((alias) => `${expected.name} lacks alias ${alias} (has ${person.aliases.join(', ')})`);
};

const checkReference: Check<GeneralityFixture['references'][number]> = (a, expected) => {
  let at = -1;
  for (let i = 0; i <= (expected.nth ?? 0); i++) at = a.text.indexOf(expected.phrase, at + 1);
  if (at < 0) return [`phrase not in the text: ${expected.phrase}`];
  const mention = a.mentions.find((m) => m.kind !== 'name' && m.start >= at && m.start < at + expected.phrase.length);
  const person = nameOf(a, mention?.personKey);
  return person === expected.person ? [] : [`"${expected.phrase}" refers to ${person}, expected ${expected.person}`];
};

const checkDate: Check<GeneralityFixture['dates'][number]> = (a, expected) => {
  const found = a.dates.find((d) => d.text.includes(expected.text) || expected.text.includes(d.text));
  if (!found) return [`date not found: ${expected.text} (found ${a.dates.map((d) => d.text).join(', ')})`];
  return found.date === expected.date && found.precision === expected.precision
    ? []
    : [`${expected.text}: ${found.date} (${found.precision}), expected ${expected.date} (${expected.precision})`];
};

const checkQuantity: Check<GeneralityFixture['quantities'][number]> = (a, expected) => {
  const found = a.quantities.find((q) => q.text.toLowerCase() === expected.text.toLowerCase());
  if (!found) return [`quantity not found: ${expected.text} (found ${a.quantities.map((q) => q.text).join(', ')})`];
  const { limitation, text, ...fields } = expected;
  return Object.entries(fields)
    .filter(([field, value]) => found[field as keyof SentenceQuantity] !== value)
    .map(([field, value]) => `${text}: ${field} is ${String(found[field as keyof SentenceQuantity])}, expected ${String(value)}`);
};

/** One test for every expectation the pipeline meets, one failing test per known limitation. */
function expectations<T extends { limitation?: string }>(
  title: string,
  fixture: GeneralityFixture,
  items: T[],
  check: Check<T>,
  describeItem: (item: T) => string,
) {
  const met = items.filter((item) => !item.limitation);
  if (met.length > 0) {
    it(`generality: ${fixture.file}: ${title}`, () => {
      expect(met.flatMap((item) => check(analysed(fixture), item))).toEqual([]);
    });
  }
  for (const item of items.filter((i) => i.limitation)) {
    it.fails(`generality: ${fixture.file}: known limitation: ${describeItem(item)}: ${item.limitation}`, () => {
      expect(check(analysed(fixture), item)).toEqual([]);
    });
  }
}

describe.each(generalityFixtures)('generality: $file ($convention)', (fixture) => {
  it(`generality: ${fixture.file}: is English, with valid paragraph and sentence spans and no stage skipped`, () => {
    const { doc, text } = analysed(fixture);
    expect(doc.language).toBe('en');
    expect(doc.skipped).toEqual([]);
    expectValidParagraphSpans(text, doc.paragraphs ?? []);
    expectValidSentenceSpans(text, doc.paragraphs ?? [], doc.sentences ?? []);
  });

  it(`generality: ${fixture.file}: every annotation is a span of the cleaned text`, () => {
    const a = analysed(fixture);
    for (const item of [...a.quotes, ...a.dates, ...a.quantities]) expect(a.text.slice(item.start, item.end)).toBe(item.text);
    expect(a.speakers).toHaveLength(a.quotes.length);
    for (const key of a.speakers) if (key !== null) expect(a.people.map((p) => p.key)).toContain(key);
  });

  if (fixture.chrome.length > 0) {
    it(`generality: ${fixture.file}: page furniture is cleaned away`, () => {
      const { text } = analysed(fixture);
      expect(fixture.chrome.filter((line) => text.includes(line))).toEqual([]);
    });
  }

  expectations('quotes are found with the right speaker', fixture, fixture.quotes, checkQuote, (q) => q.text);

  if (fixture.notQuotations.length > 0) {
    it(`generality: ${fixture.file}: scare quotes and labels are not quotations`, () => {
      const { quotes } = analysed(fixture);
      for (const words of fixture.notQuotations) {
        const marked = quotes.filter((q) => q.text === words);
        expect(marked.length, `"${words}" is marked`).toBeGreaterThan(0);
        expect(marked.filter((q) => q.isQuotation).map((q) => q.text)).toEqual([]);
      }
    });
  }

  expectations('people are found and their aliases merged', fixture, fixture.people, checkPerson, (p) => p.name);

  it(`generality: ${fixture.file}: organisations, places and bylines are not people`, () => {
    const { people } = analysed(fixture);
    const folded = (s: string) => s.toLowerCase();
    const wrong = people.filter((p) =>
      fixture.notPeople.some((n) => folded(p.name) === folded(n) || p.aliases.some((alias) => folded(alias) === folded(n))),
    );
    expect(wrong.map((p) => p.name)).toEqual([]);
    // Every person expected (but those of a known limitation), and nobody else.
    const expected = fixture.people.filter((p) => !p.limitation).map((p) => p.name);
    expect(
      people
        .map((p) => p.name)
        .filter((name) => fixture.people.every((p) => p.name !== name) || expected.includes(name))
        .sort(),
    ).toEqual(expected.sort());
  });

  expectations('pronouns and role nouns refer to the right person', fixture, fixture.references, checkReference, (r) => r.phrase);
  expectations('dates are resolved against the publication date', fixture, fixture.dates, checkDate, (d) => d.text);
  expectations('quantities carry their qualifier, unit and currency', fixture, fixture.quantities, checkQuantity, (q) => q.text);

  if (fixture.notQuantities.length > 0) {
    it(`generality: ${fixture.file}: parts of dates and clock times are not quantities`, () => {
      const { quantities } = analysed(fixture);
      expect(quantities.filter((q) => fixture.notQuantities.includes(q.text)).map((q) => q.text)).toEqual([]);
    });
  }
});
