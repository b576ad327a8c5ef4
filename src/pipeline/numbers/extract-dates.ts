import * as chrono from 'chrono-node';

export type DatePrecision = 'day' | 'month';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** 'YYYY-MM-DD' at day precision, 'YYYY-MM' at month precision. */
  date: string;
  precision: DatePrecision;
}

const DAY_WORDS = /\b(today|yesterday|tomorrow|tonight)\b/i;
const MONTH_WORDS =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|month)\b/i;
// chrono reads these as dates, but in news prose they are not calendar references.
const FALSE_HITS = /^(now|in the (months?|weeks?|days?|years?)( ahead)?|this|the (months?|weeks?|days?))$/i;
// A capitalised "May" is a month only next to a day number or a year; otherwise it is the verb.
const BARE_MAY = /^(in |on |by |since |until |early |late |last |next )?may$/i;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

// chrono is the costly part of the pipeline; a sentence with none of these words has no date it would keep.
const MAY_HAVE_DATE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tomorrow|tonight|month)|\d{1,4}[/-]\d{1,2}/i;

// "The bridge will close on Monday": a future verb shortly before a date points it forwards.
const FUTURE_BEFORE = /\b(?:will|shall|won[’']t|is due|are due|(?:is|are) (?:expected|scheduled|set) to)\b[^.;!?]{0,60}$/i;

// chrono loses the day of "the afternoon of Friday, May 7" (it keeps the month only).
const EXPLICIT_DAY =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b(?:,?\s+\d{4})?/i;

/** A result whose text names a month and a day number that chrono did not keep, parsed again from those words. */
function withExplicitDay(
  result: chrono.ParsedResult,
  reference: Date,
  forwardDate: boolean,
): Pick<chrono.ParsedResult, 'index' | 'text' | 'start'> {
  if (result.start.isCertain('day')) return result;
  const match = EXPLICIT_DAY.exec(result.text);
  if (!match) return result;
  const [again] = chrono.parse(match[0], { instant: reference, timezone: 0 }, { forwardDate });
  if (!again?.start.isCertain('day')) return result;
  return { index: result.index + match.index, text: match[0], start: again.start };
}

/**
 * Dates in a text, resolved against the article's publication date (chrono-node, looking
 * backwards as news does: "Tuesday" in a Tuesday article is that day, "last April" the
 * April before; forwards after a future verb). Clock times, "now" and vague spans are dropped.
 */
export function extractDates(text: string, reference: Date): DateMention[] {
  const mentions: DateMention[] = [];
  if (!MAY_HAVE_DATE.test(text)) return mentions;
  const parse = (forwardDate: boolean) => chrono.parse(text, { instant: reference, timezone: 0 }, { forwardDate });
  const futureAt = (index: number) => FUTURE_BEFORE.test(text.slice(Math.max(0, index - 80), index));
  const backward = parse(false);
  const forward = backward.some((result) => futureAt(result.index)) ? new Map(parse(true).map((result) => [result.index, result])) : null;
  for (const found of backward) {
    const chosen = (forward && futureAt(found.index) && forward.get(found.index)) || found;
    const result = withExplicitDay(chosen, reference, forward !== null && futureAt(found.index));
    const surface = result.text.trim().replace(/[,;:.]+$/, '');
    if (FALSE_HITS.test(surface) || BARE_MAY.test(surface)) continue;
    const start = result.start;
    const day = start.isCertain('day') || start.isCertain('weekday') || DAY_WORDS.test(surface);
    const month = day || start.isCertain('month') || MONTH_WORDS.test(surface);
    if (!month) continue;
    const year = start.get('year');
    const monthValue = start.get('month');
    if (!year || !monthValue) continue;
    const date = day ? `${year}-${pad(monthValue)}-${pad(start.get('day') ?? 1)}` : `${year}-${pad(monthValue)}`;
    const offset = result.index + result.text.indexOf(surface);
    mentions.push({ start: offset, end: offset + surface.length, text: surface, date, precision: day ? 'day' : 'month' });
  }
  return mentions;
}
