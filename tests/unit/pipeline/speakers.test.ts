import { describe, expect, it } from 'vitest';
import type { Quote } from '@/pipeline/quotes/model';
import { analyseArticle } from '@/pipeline/stages';
import type { Person } from '@/pipeline/stages/people';

function speakersOf(raw: string): [string, string | null][] {
  const doc = analyseArticle({ sourceFile: 't.txt', rawText: raw, publishedAt: new Date('2022-03-01T12:00:00Z') });
  const names = new Map((doc.people as Person[]).map((person) => [person.key, person.name]));
  const speakers = doc.quoteSpeakers as (string | null)[];
  return (doc.quotes as Quote[]).flatMap((quote, index) =>
    quote.isQuotation ? [[quote.text, speakers[index] ? (names.get(speakers[index]!) ?? null) : null] as [string, string | null]] : [],
  );
}

describe('speakers', () => {
  it('speakers: a quote attributed by surname, by pronoun and by full name goes to the right person', () => {
    const raw = [
      'Port deal signed',
      '',
      'Finance Minister Maria Delgado met union leader Tomas Berg on Monday.',
      '',
      '“We have a deal that protects every job in the harbour,” Delgado said.',
      '',
      'Berg was more cautious. “The details still need to be written down,” he said.',
      '',
      '“Nobody should celebrate yet,” said Tomas Berg.',
    ].join('\n');
    expect(speakersOf(raw)).toEqual([
      ['We have a deal that protects every job in the harbour,', 'Maria Delgado'],
      ['The details still need to be written down,', 'Tomas Berg'],
      ['Nobody should celebrate yet,', 'Tomas Berg'],
    ]);
  });

  it('speakers: a label with one letter of a long surname mistyped is the person it spoils', () => {
    const raw = [
      'Port deal signed',
      '',
      'Finance Minister Maria Castellanos met union leader Tomas Berg on Monday.',
      '',
      '“We have a deal that protects every job in the harbour,” Castellanoz said.',
    ].join('\n');
    expect(speakersOf(raw)).toEqual([['We have a deal that protects every job in the harbour,', 'Maria Castellanos']]);
  });

  it('speakers: an unnamed source keeps no person', () => {
    const raw = ['Storm warning', '', '“Stay indoors tonight and keep away from the river,” a police spokesman said.'].join('\n');
    expect(speakersOf(raw)).toEqual([['Stay indoors tonight and keep away from the river,', null]]);
  });

  it('speakers: an interpreter speaks for the person named before the exchange whom the interpreted words do not mention', () => {
    const raw = [
      'Talks in the capital',
      '',
      'Prime Minister Ines Varga welcomed Chancellor Olaf Lindqvist at the ministry on Monday to discuss energy prices.',
      '',
      'Reporter: “Will you lower the tariffs?” Interpreter: “We are glad to host the chancellor today.” Interpreter: “And we will discuss the tariffs.”',
    ].join('\n');
    const speakers = new Map(speakersOf(raw));
    expect(speakers.get('We are glad to host the chancellor today.')).toBe('Ines Varga');
    expect(speakers.get('And we will discuss the tariffs.')).toBe('Ines Varga');
    expect(speakers.get('Will you lower the tariffs?')).toBeNull();
  });

  it('speakers: an interpreter with two people in view and no clue which is interpreted stays unattributed', () => {
    const raw = [
      'Talks in the capital',
      '',
      'Prime Minister Ines Varga met Chancellor Olaf Lindqvist at the ministry on Monday.',
      '',
      'Reporter: “Will you lower the tariffs?” Translator: “We will discuss that subject.”',
    ].join('\n');
    expect(new Map(speakersOf(raw)).get('We will discuss that subject.')).toBeNull();
  });
});
