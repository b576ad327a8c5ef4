import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '@/lib/iso-date';

describe('iso-date', () => {
  it.each([
    ['2021-06-08', '2021-06-08T12:00:00.000Z'],
    ['2020-02-29', '2020-02-29T12:00:00.000Z'],
    ['2021-06-08T13:07:00-04:00', '2021-06-08T17:07:00.000Z'],
    ['2021-06-08T13:07:00+0400', '2021-06-08T09:07:00.000Z'],
    ['2021-06-08T13:07Z', '2021-06-08T13:07:00.000Z'],
    ['2021-06-08 13:07:05.250Z', '2021-06-08T13:07:05.250Z'],
  ])('iso-date: %s is %s', (value, expected) => {
    const parsed = parseIsoDate(value);
    expect(parsed.ok && parsed.date.toISOString()).toBe(expected);
  });

  it.each([
    ['2021-02-30', 'February 2021 has 28 days'],
    ['2021-02-29', 'February 2021 has 28 days'],
    ['2021-04-31T13:07:00-04:00', 'April 2021 has 30 days'],
    ['2021-06-00', 'June 2021 has 30 days'],
    ['2021-13-01', 'there is no month 13'],
    ['2021-00-10', 'there is no month 0'],
    ['2021-06-08T24:00:00Z', 'not a real time of day'],
    ['2021-06-08T13:60Z', 'not a real time of day'],
    ['2021-06-08T13:07:00+25:00', 'no real time zone offset'],
    ['8 June 2021', 'is not a date: use a date such as 2021-06-08'],
    ['2021-6-8', 'is not a date'],
    ['', 'is not a date'],
  ])('iso-date: %s is refused (%s)', (value, reason) => {
    const parsed = parseIsoDate(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });
});
