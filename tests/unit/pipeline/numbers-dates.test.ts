import { describe, expect, it } from 'vitest';
import { extractDates } from '@/pipeline/numbers/extract-dates';
import { extractQuantities } from '@/pipeline/numbers/extract-quantities';

const TUESDAY = new Date('2021-06-08T12:00:00Z');

describe('numbers-dates: quantities', () => {
  it.each([
    ['The agency counted more than 170,000 arrests in March.', { value: 170000, qualifier: 'more than', kind: 'count', unit: 'arrests' }],
    ['Officials detained 178,120 people at the border.', { value: 178120, qualifier: null, kind: 'count', unit: 'people' }],
    [
      'The plan adds an additional $310 million in aid.',
      { value: 310e6, qualifier: 'an additional', kind: 'money', currency: '$', unit: 'aid' },
    ],
    ['Nearly 40% of voters agreed.', { value: 40, qualifier: 'nearly', kind: 'percent' }],
    ['Turnout fell 12.5 percent overall.', { value: 12.5, kind: 'percent' }],
    ['About two million doses were shipped.', { value: 2e6, qualifier: 'about', unit: 'doses' }],
    ['It pledged $130 million over three years.', { value: 130e6, kind: 'money', unit: null }],
    ['Agents stopped 1,200 unaccompanied children.', { value: 1200, unit: 'children' }],
    ['The number fell to 600 in November.', { value: 600, unit: null }],
    ['As many as 12 may have died.', { value: 12, qualifier: 'as many as' }],
    ['The town lost 4 decades of growth.', { value: 4, unit: 'decades' }],
  ])('numbers-dates: reads "%s"', (text, expected) => {
    const [quantity] = extractQuantities(text);
    expect(quantity).toMatchObject(expected);
    expect(text.slice(quantity.start, quantity.end)).toBe(quantity.text);
  });

  it.each([
    ['The talks took place in 2019 and resumed in June.'],
    ['They met on June 8 in the capital.'],
    ['Two officials spoke.'],
    ['The COVID-19 pandemic slowed travel.'],
    ['The plane landed at 9.59 local time.'],
    ['The report was published on 3 March.'],
    ['It happened on the 21st of June.'],
    ['The storm came ashore at 10:15 a.m. on the coast.'],
  ])('numbers-dates: a year, a calendar day or a bare number word is not a quantity: "%s"', (text) => {
    expect(extractQuantities(text)).toEqual([]);
  });
});

describe('numbers-dates: dates against the publication date', () => {
  it.each([
    ['She arrived on Tuesday.', '2021-06-08', 'day'],
    ['He spoke in the capital on Monday.', '2021-06-07', 'day'],
    ['Arrests peaked last April.', '2021-04', 'month'],
    ['Early last month, he complained.', '2021-05', 'month'],
    ['He left on Monday, after the talks.', '2021-06-07', 'day'],
    ['They first met on Friday, May 7, 2021.', '2021-05-07', 'day'],
    ['The visit on June 7-8 was planned.', '2021-06-07', 'day'],
    ['The bridge will close from Monday.', '2021-06-14', 'day'],
    ['The new law is due to take effect in April.', '2022-04', 'month'],
    ['He said on Monday that the bridge will close.', '2021-06-07', 'day'],
  ])('numbers-dates: resolves "%s" to %s (%s)', (text, date, precision) => {
    expect(extractDates(text, TUESDAY)).toEqual([expect.objectContaining({ date, precision })]);
  });

  it.each([
    ['Now the work begins.'],
    ['In the months ahead we will see.'],
    ['The flight left at 9.59 sharp.'],
    ['She may visit the border.'],
  ])('numbers-dates: ignores "%s"', (text) => {
    expect(extractDates(text, TUESDAY)).toEqual([]);
  });
});
