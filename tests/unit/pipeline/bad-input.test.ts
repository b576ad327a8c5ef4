// The per-article pipeline on input that is not a tidy English news article: no quotes, no
// names, no paragraph breaks, a megabyte of text, another language, nothing but page chrome.
// Every case must finish with sensible, well-formed output rather than throw.
import { describe, expect, it } from 'vitest';
import type { Quote } from '@/pipeline/quotes/model';
import { analyseArticle } from '@/pipeline/stages';
import type { Claim } from '@/pipeline/stages/claims';
import type { SentenceDate, SentenceQuantity } from '@/pipeline/stages/numbers-dates';
import type { Mention, Person } from '@/pipeline/stages/people';
import type { ArticleDoc } from '@/pipeline/types';
import { expectValidParagraphSpans, expectValidSentenceSpans } from './article-assertions';

const PUBLISHED = new Date('2023-05-10T12:00:00Z');
const analyse = (rawText: string) => analyseArticle({ sourceFile: 'bad.txt', rawText, publishedAt: PUBLISHED });

const quotesOf = (doc: ArticleDoc) => doc.quotes as Quote[];
const peopleOf = (doc: ArticleDoc) => doc.people as Person[];
const claimsOf = (doc: ArticleDoc) => doc.claims as Claim[];

/** The output every article must have, whatever its input: valid spans, every stage's field assigned. */
function expectWellFormed(doc: ArticleDoc): void {
  const text = doc.text ?? '';
  expectValidParagraphSpans(text, doc.paragraphs ?? []);
  expectValidSentenceSpans(text, doc.paragraphs ?? [], doc.sentences ?? []);
  for (const field of ['people', 'mentions', 'quotes', 'quoteSpeakers', 'quantities', 'dates', 'claims'])
    expect(Array.isArray(doc[field]), field).toBe(true);
  expect((doc.quoteSpeakers as unknown[]).length).toBe(quotesOf(doc).length);
  for (const span of [...quotesOf(doc), ...(doc.quantities as SentenceQuantity[]), ...(doc.dates as SentenceDate[]), ...claimsOf(doc)]) {
    expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  for (const mention of doc.mentions as Mention[]) expect(mention.end).toBeLessThanOrEqual(text.length);
}

const NO_QUOTES = [
  'Bridge repairs to close river crossing for three weeks',
  '',
  'The Millbrook river bridge will close to traffic from Monday while engineers replace its expansion joints, the county roads department said.',
  '',
  'Council leader Priya Lindqvist told a meeting on Tuesday that the work could not wait until the summer. Lindqvist said diversions would add about 20 minutes to journeys into the town centre.',
  '',
  'More than 14,000 vehicles cross the bridge every day, according to the department.',
].join('\n');

const NO_NAMES = [
  'Water supply restored after main burst',
  '',
  'Water supplies to about 3,000 homes were restored on Sunday evening after a main burst under a busy junction, the water company said.',
  '',
  '"We are sorry for the disruption and thank customers for their patience," a spokesperson for the company said.',
  '',
  'Engineers worked through the night to replace a section of pipe that was more than 80 years old. Residents said bottled water had run out at two supermarkets by lunchtime.',
].join('\n');

const ONE_PARAGRAPH =
  'HARBOUR TOWN — Port workers voted on Wednesday to accept a new pay offer, ending a strike that had stranded ships for nine days. ' +
  '"This is a fair deal and our members have said so clearly," union organiser Teodor Varga said after the count. ' +
  'The port authority said nearly 60 percent of its berths had been idle during the strike. ' +
  'Varga said the agreement included a 6 percent rise this year and another 4 percent in April next year. ' +
  'Shipping companies said it would take at least a week to clear the backlog.';

const SPANISH = [
  'El ayuntamiento aprueba un plan de vivienda para jóvenes',
  '',
  'La alcaldesa de Villanueva del Río, Carmen Ortega, anunció el martes un plan para construir 1.200 viviendas de alquiler asequible\u00a0en los próximos cuatro años.',
  '',
  '«Nuestros jóvenes no pueden seguir marchándose porque no encuentran un piso», dijo Ortega durante una rueda de prensa en el ayuntamiento.',
  '',
  'El plan, que costará unos 90 millones de euros, se financiará con fondos regionales y con la venta de terrenos municipales. La oposición criticó que no se haya consultado a los vecinos.',
  '',
  'Según el último censo, casi el 40 por ciento de los menores de 30 años del municipio vive todavía con sus padres.',
].join('\r\n');

const ONLY_CHROME = [
  'Skip to content',
  '',
  'Advertisement',
  '',
  'Share this article',
  '',
  'Sign up for our newsletter',
  '',
  'By Staff Reporter',
  '',
  '11:42 a.m. ET',
  '',
  'Leave a Reply',
  '',
  'Your email address will not be published.',
].join('\n');

describe('bad input', () => {
  it('bad input: an article without any quotation has no quotes, but people, dates, quantities and claims', () => {
    const doc = analyse(NO_QUOTES);
    expectWellFormed(doc);
    expect(quotesOf(doc)).toEqual([]);
    expect(doc.quoteSpeakers).toEqual([]);
    expect(peopleOf(doc).map((p) => p.name)).toEqual(['Priya Lindqvist']);
    expect((doc.dates as SentenceDate[]).map((d) => [d.text, d.date])).toEqual([
      ['Monday', '2023-05-15'], // "will close to traffic from Monday": after a Wednesday publication date
      ['on Tuesday', '2023-05-09'],
    ]);
    expect(doc.quantities).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 14000, qualifier: 'more than', unit: 'vehicles' })]),
    );
    expect(claimsOf(doc).length).toBeGreaterThanOrEqual(4);
  });

  it('bad input: an article that names nobody has no people, and its quote keeps an unresolved speaker', () => {
    const doc = analyse(NO_NAMES);
    expectWellFormed(doc);
    expect(peopleOf(doc)).toEqual([]);
    expect(doc.mentions).toEqual([]);
    const quotes = quotesOf(doc).filter((q) => q.isQuotation);
    expect(quotes.map((q) => [q.text, q.speakerLabel])).toEqual([
      ['We are sorry for the disruption and thank customers for their patience,', 'a spokesperson for the company'],
    ]);
    expect(doc.quoteSpeakers).toEqual([null]);
  });

  it('bad input: a whole article in one paragraph is still split into sentences, people and quotes', () => {
    const doc = analyse(ONE_PARAGRAPH);
    expectWellFormed(doc);
    expect(doc.paragraphs).toHaveLength(1);
    expect(doc.sentences).toHaveLength(5);
    expect(peopleOf(doc).map((p) => p.name)).toEqual(['Teodor Varga']);
    const quotes = quotesOf(doc);
    expect(quotes.map((q) => q.text)).toEqual(['This is a fair deal and our members have said so clearly,']);
    expect(doc.quoteSpeakers).toEqual(['teodor varga']);
    expect((doc.quantities as SentenceQuantity[]).map((q) => q.text)).toEqual(['nearly 60 percent', '6 percent', 'another 4 percent']);
  });

  it('bad input: lines without blank lines between them are paragraphs of their own', () => {
    const doc = analyse(NO_QUOTES.replace(/\n\n/g, '\n'));
    expectWellFormed(doc);
    expect(doc.paragraphs).toHaveLength(4);
    expect(doc.headline).toBe('Bridge repairs to close river crossing for three weeks');
    expect(peopleOf(doc).map((p) => p.name)).toEqual(['Priya Lindqvist']);
  });

  it('bad input: a Spanish article is cleaned and split into sentences, and the English-only stages are skipped with a reason', () => {
    const doc = analyse(SPANISH);
    expectWellFormed(doc);
    expect(doc.language).toBe('es');
    expect(doc.text).not.toMatch(/[\r\u00a0]/);
    expect(doc.headline).toBe('El ayuntamiento aprueba un plan de vivienda para jóvenes');
    expect(doc.paragraphs).toHaveLength(5);
    expect((doc.sentences ?? []).length).toBeGreaterThanOrEqual(6);
    expect(doc.skipped.map((s) => s.stage).sort()).toEqual(['numbers-dates', 'people', 'quotes', 'speakers']);
    for (const skipped of doc.skipped) expect(skipped.reason).toContain('"es"');
    for (const field of ['people', 'mentions', 'quotes', 'quoteSpeakers', 'quantities', 'dates']) expect(doc[field], field).toEqual([]);
    // Claims are sentences, whatever the language: they are still listed, without figures.
    expect(claimsOf(doc).length).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['nothing but page chrome', ONLY_CHROME],
    ['an empty file', ''],
    ['blank lines and spaces', '\n\n   \n\u00a0\n\t\n'],
    ['punctuation only', '*** --- ||| ...\n\n“ ” ‘ ’ " \''],
  ])('bad input: %s gives an empty article, not an error', (_, raw) => {
    const doc = analyse(raw);
    expectWellFormed(doc);
    expect(doc.text).toBe('');
    expect(doc.headline).toBe('');
    expect(doc.language).toBe('en');
    for (const field of ['paragraphs', 'sentences', 'people', 'quotes', 'quantities', 'dates', 'claims'])
      expect(doc[field], field).toEqual([]);
  });

  it.each([
    ['unbalanced quote marks', 'Talks stall\n\n"We will not move, said the negotiator. \'It is over" she said.\n\n" " “ ” ‘ and “ again'],
    ['a 40,000-character paragraph without punctuation', `Officials ${'said the river rose again near the old mill and '.repeat(900)}`],
    [
      'control characters and odd spaces',
      'Power\u0000cut\u0007hits\u200b town\n\nEngineers\u00a0restored\u2028power to 2,000\u202fhomes on Friday.\u000b',
    ],
  ])('bad input: %s do not break the pipeline', (_, raw) => {
    const doc = analyse(raw);
    expectWellFormed(doc);
    expect((doc.text ?? '').length).toBeGreaterThan(0);
  });

  it('bad input: a 1 MB article is analysed in one go', () => {
    const raw = megabyteArticle();
    expect(raw.length).toBeGreaterThanOrEqual(1_000_000);
    const started = performance.now();
    const doc = analyse(raw);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `1 MB article: ${seconds.toFixed(1)} s, ${doc.paragraphs?.length} paragraphs, ${doc.sentences?.length} sentences, ${peopleOf(doc).length} people, ${quotesOf(doc).length} quotes`,
    );
    expectWellFormed(doc);
    expect(doc.paragraphs?.length).toBeGreaterThan(4000);
    expect(quotesOf(doc).length).toBeGreaterThan(1000);
    // 12 given names × 12 surnames, each said to speak: every one of them is a person, and no town is.
    expect(peopleOf(doc).length).toBe(144);
  }, 20_000);
});

const GIVEN = ['Amara', 'Tomasz', 'Ingrid', 'Kwame', 'Lucia', 'Dmitri', 'Sade', 'Rafael', 'Mei', 'Oskar', 'Nadia', 'Idris'];
const FAMILY = ['Okonjo', 'Varga', 'Lindqvist', 'Mensah', 'Ferraro', 'Petrov', 'Adeyemi', 'Quintero', 'Zhao', 'Brandt', 'Haddad', 'Kaur'];
const TOWNS = ['Northbridge', 'Eastmere', 'Kestrel Bay', 'Harrowgate', 'Millbrook', 'Stonefield'];
const TEMPLATES: ((name: string, surname: string, town: string, i: number) => string)[] = [
  (n, s, t, i) =>
    `Council member ${n} said on Tuesday that ${t} would need ${i * 3 + 120} more teachers by next year. "We cannot keep asking people to wait," ${s} said.`,
  (n, s, t, i) =>
    `According to ${n}, a planner in ${t}, nearly ${(i % 60) + 10} percent of new homes are still empty. ${s} blamed rising rents.`,
  (n, _s, t, i) =>
    `"The budget of $${(i % 9) + 1}.${i % 10} million is not enough," said ${n}, who chairs the ${t} transport board. She added that buses were late ${(i % 7) + 2} days in ${i % 2 ? 'March' : 'April'}.`,
  (n, s, t, i) =>
    `Residents of ${t} met ${n} at the library on ${['Monday', 'Wednesday', 'Friday'][i % 3]}. ${s} listened for ${(i % 50) + 30} minutes and promised an answer within ${(i % 4) + 2} weeks.`,
  (_n, s, t, i) =>
    `In ${t}, more than ${((i * 37) % 9000) + 1000} people signed a petition, organisers said. ${s}'s office did not respond to a request for comment on case ${i}.`,
];

/** About 1 MB of varied paragraphs (no two alike, so that none is dropped as a duplicate). */
function megabyteArticle(): string {
  const paragraphs = ['Towns across the region report strain on services'];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length];
    const paragraph = TEMPLATES[i % TEMPLATES.length](`${GIVEN[i % GIVEN.length]} ${family}`, family, TOWNS[i % TOWNS.length], i);
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}
