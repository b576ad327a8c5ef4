import { describe, expect, it } from 'vitest';
import { factUnits } from '@/pipeline/cross-article/fact-units';

const sentence = (text: string, start = 100) => ({ start, end: start + text.length, text, quantities: [], dates: [] });
const texts = (text: string, quotations: { start: number; end: number }[] = []) =>
  factUnits(sentence(text), quotations).map((unit) => unit.text);

describe('fact-units', () => {
  it.each([
    [
      'a clause after a comma and a conjunction',
      'The council approved the bridge budget on Monday, and the mayor resigned after a long inquiry into contracts.',
      ['The council approved the bridge budget on Monday', 'and the mayor resigned after a long inquiry into contracts.'],
    ],
    [
      'a semicolon',
      'Flood barriers were raised along the river; schools in three districts closed for the week.',
      ['Flood barriers were raised along the river', 'schools in three districts closed for the week.'],
    ],
  ])('fact-units: splits at %s', (_, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('fact-units: a piece too short to state a fact stays with its neighbour', () => {
    expect(texts('On Tuesday, as expected, the port reopened to container ships after the strike ended.')).toEqual([
      'On Tuesday, as expected, the port reopened to container ships after the strike ended.',
    ]);
  });

  it('fact-units: spans point into the article text', () => {
    const text = 'Flood barriers were raised along the river; schools in three districts closed for the week.';
    for (const unit of factUnits(sentence(text, 500))) expect(text.slice(unit.start - 500, unit.end - 500)).toBe(unit.text);
  });

  it('fact-units: quoted speech of four words or more is left out; a short scare quote stays', () => {
    const text =
      '“We will rebuild every school by the autumn,” the minister told parliament, calling the floods “historic” for the region.';
    const quote = { start: 101, end: 100 + text.indexOf(',”') };
    const units = texts(text, [quote, { start: 100 + text.indexOf('historic'), end: 100 + text.indexOf('historic') + 8 }]);
    expect(units.join(' ')).not.toMatch(/rebuild/);
    expect(units.join(' ')).toMatch(/historic/);
  });

  it('fact-units: the words framing a quotation aligned on its own state no fact unless they say more than when and to whom it was said', () => {
    const frame = '“We will rebuild every school by the autumn,” the minister told reporters before the cabinet meeting.';
    const quote = { start: 101, end: 100 + frame.indexOf(',”') };
    expect(texts(frame, [quote])).toEqual([]);
    const fact = '“We will rebuild every school by the autumn,” the minister said after floods destroyed forty schools in the valley.';
    expect(texts(fact, [{ start: 101, end: 100 + fact.indexOf(',”') }]).join(' ')).toMatch(/floods destroyed forty schools/);
  });

  it('fact-units: a sentence that is all quotation has no fact of its own; a title alone states none', () => {
    const text = '“We will rebuild every school by the autumn.”';
    expect(texts(text, [{ start: 101, end: 100 + text.length - 2 }])).toEqual([]);
    expect(texts('U.S. Trade Representative Jane Roe.')).toEqual([]);
  });
});
