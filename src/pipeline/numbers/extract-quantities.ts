export type QuantityKind = 'count' | 'money' | 'percent';

export interface Quantity {
  start: number;
  end: number;
  text: string;
  value: number;
  kind: QuantityKind;
  /** "more than", "nearly", "an additional"… as written, lower-cased; null when exact. */
  qualifier: string | null;
  /** Currency symbol or code for money. */
  currency: string | null;
  /** The word(s) counted, e.g. "encounters", "migrants" (lower-cased), when they follow. */
  unit: string | null;
}

const QUALIFIERS = [
  'more than',
  'over',
  'upwards of',
  'at least',
  'nearly',
  'almost',
  'close to',
  'about',
  'around',
  'roughly',
  'approximately',
  'some',
  'an estimated',
  'up to',
  'fewer than',
  'less than',
  'under',
  'below',
  'an additional',
  'another',
  'a further',
  'just over',
  'just under',
  'well over',
  'as many as',
  'as much as',
];
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9 };
const WORD_NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
};
const STOP_UNITS = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'to',
  'in',
  'on',
  'of',
  'at',
  'for',
  'by',
  'from',
  'with',
  'that',
  'this',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'percent',
  'per',
  'over',
  'under',
  'about',
  'since',
  'last',
  'this',
  'each',
  'more',
  'than',
  'as',
  'after',
  'before',
  'into',
  'across',
  'during',
]);

const qualifierPattern = QUALIFIERS.map((q) => q.replace(/ /g, '\\s+')).join('|');
const NUMBER = String.raw`(?<currency>US\$|\$|€|£|¥)?\s?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|${Object.keys(WORD_NUMBERS).join('|')})(?:\s?(?<scale>thousand|million|billion|trillion|bn|k\b|m\b))?(?:\s?(?<percent>%|percent|per\s+cent))?`;
const QUANTITY = new RegExp(String.raw`(?<![\w-])(?:\b(?<qualifier>${qualifierPattern})\s+)?${NUMBER}(?![\w-]*\d)`, 'gi');
const UNIT_AFTER = /^[\s-]+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/i;
const ADJECTIVE_ENDING = /(al|ic|ous|ive|ed|less|ful|an|ese|ish|ing)$/;
const COMMON_ADJECTIVES = new Set([
  'new',
  'more',
  'other',
  'young',
  'old',
  'small',
  'large',
  'big',
  'former',
  'extra',
  'first',
  'last',
  'few',
  'many',
  'single',
  'total',
  'unaccompanied',
]);
// "9.59 local time", "14.59 GMT": clock times, not quantities.
const CLOCK_AFTER = /^\s*(\(|local\s+time|gmt|utc|[ap]\.?m\.?\b|hours?\b|hrs\b|o'clock)/i;

const MONTH_BEFORE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$/i;
/** Capitalised, so that "12 may have died" and "4 decades" stay quantities. */
const MONTH_NAME =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_NAME})\b`);

/** Year-like and calendar numbers ("2021", "June 8", "8 June") are dates, not quantities. */
function looksLikeDatePart(text: string, start: number, end: number, value: number, raw: string): boolean {
  if (/^\d{4}$/.test(raw) && value >= 1800 && value <= 2100) return true;
  if (!/^\d{1,2}$/.test(raw) || value > 31) return false;
  return MONTH_BEFORE.test(text.slice(Math.max(0, start - 10), start)) || MONTH_AFTER.test(text.slice(end, end + 16));
}

/** A clock time ("10:15 a.m.", "at 9:05"): the hour or the minutes of it. */
function isClockPart(text: string, numberStart: number, numberEnd: number): boolean {
  return /^:\d{2}\b/.test(text.slice(numberEnd, numberEnd + 3)) || /\d:$/.test(text.slice(Math.max(0, numberStart - 2), numberStart));
}

/** Months and weekdays follow a figure in "600 in November", but are never what it counts. */
const CALENDAR_UNIT = new RegExp(`^(?:${MONTH_NAME}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$`);

/** The counted noun after a figure: the next word, or the one after an adjective. */
function unitAfter(rest: string): string | null {
  // "$310 million in aid": money is often followed by "in" and what it pays for.
  const match = UNIT_AFTER.exec(rest.replace(/^\s+in\s+(?=[a-z])/i, ' '));
  if (!match) return null;
  if (CALENDAR_UNIT.test(match[1])) return null;
  const first = match[1].toLowerCase();
  const second = match[2]?.toLowerCase();
  if (STOP_UNITS.has(first) || first in WORD_NUMBERS) return null;
  if (second && !STOP_UNITS.has(second) && (ADJECTIVE_ENDING.test(first) || COMMON_ADJECTIVES.has(first))) return second;
  return first;
}

/** Quantities with their qualifier, currency and counted unit. Pure and linear in the text. */
export function extractQuantities(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  for (const match of text.matchAll(QUANTITY)) {
    const groups = match.groups ?? {};
    const raw = groups.num ?? '';
    const wordValue = WORD_NUMBERS[raw.toLowerCase()];
    let value = wordValue ?? Number(raw.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const leading = match[0].length - match[0].trimStart().length;
    const start = (match.index ?? 0) + leading;
    const numberStart =
      (match.index ?? 0) + match[0].lastIndexOf(raw, match[0].length - (groups.scale?.length ?? 0) - (groups.percent?.length ?? 0));
    if (!groups.currency && !groups.percent && looksLikeDatePart(text, numberStart, numberStart + raw.length, value, raw)) continue;
    if (!groups.currency && !groups.percent && !groups.scale && isClockPart(text, numberStart, numberStart + raw.length)) continue;
    if (wordValue !== undefined && !groups.qualifier && !groups.scale) continue; // "two" alone is too common to be a figure
    if (groups.scale) value *= SCALES[groups.scale.toLowerCase()] ?? 1;
    const end = (match.index ?? 0) + match[0].length;
    if (!groups.currency && !groups.percent && CLOCK_AFTER.test(text.slice(end, end + 12)) && /[.:]/.test(raw)) continue;
    const kind: QuantityKind = groups.percent ? 'percent' : groups.currency ? 'money' : 'count';
    quantities.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      kind,
      qualifier: groups.qualifier ? groups.qualifier.toLowerCase().replace(/\s+/g, ' ') : null,
      currency: groups.currency ?? null,
      unit: kind === 'count' || kind === 'money' ? unitAfter(text.slice(end, end + 60)) : null,
    });
  }
  return quantities;
}
