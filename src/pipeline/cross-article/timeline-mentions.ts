// The dated statements a timeline is built from: one per (claim, date) pair, minus dates
// that are not events (publication boilerplate, the day a photo was taken, a date that
// only bounds a period: "since becoming mayor last January"). A sentence
// with two dates ("opened on Sunday and will close on Thursday") is cut between them so
// each date keeps the clause that is about it.

import type { DatePrecision } from '../numbers/extract-dates';
import { contentTerms } from './content-terms';
import type { StoryArticle, StoryClaim, StoryDate } from './types';
import { anchorsDuration } from './unit-similarity';

export interface DatedMention {
  claim: StoryClaim;
  date: string;
  precision: DatePrecision;
  /** Span (into the article text) of the clause this date belongs to. */
  start: number;
  end: number;
}

// "Published 8 June 2021 | Updated …": the article's own date, not something that happened.
const BOILERPLATE_WORDS = /\b(published|updated|posted|modified|copyright|©)/i;
// "X, pictured on 5 June, …": the date of the photograph, not of the story's events.
const PHOTO_DATE = /\b(pictured|photographed|shown|taken)\s+(on\s+|in\s+)?$/i;
// A break between two dated clauses, strongest first; "and" only before a verb-like word,
// so "visit A and B on <date>" is not cut between A and B.
const CLAUSE_BREAKS = [/;\s+/g, /,\s+/g, /\s+(?:and|but)\s+(?=(?:will|would|was|were|is|are|has|had|then|later|also)\b)/g];

function isNonEvent(claim: StoryClaim, date: StoryDate, article: StoryArticle): boolean {
  const before = claim.text.slice(0, date.start - claim.start);
  if (PHOTO_DATE.test(before)) return true;
  // The alignment's rule, so the two never disagree on which dates date an event.
  if (anchorsDuration(before)) return true;
  if (!article.publishedOn.startsWith(date.date)) return false;
  const rest = `${before} ${claim.text.slice(date.end - claim.start)}`;
  return BOILERPLATE_WORDS.test(rest) || contentTerms(rest).length < 3;
}

/** Where to cut the gap [from, to) of the claim's text between two dates, or null. */
function clauseCut(claim: StoryClaim, from: number, to: number): { cutEnd: number; nextStart: number } | null {
  const gap = claim.text.slice(from - claim.start, to - claim.start);
  for (const pattern of CLAUSE_BREAKS) {
    const matches = [...gap.matchAll(pattern)];
    const last = matches.at(-1);
    if (last?.index === undefined) continue;
    return { cutEnd: from + last.index, nextStart: from + last.index + last[0].length };
  }
  return null;
}

export function datedMentions(article: StoryArticle): DatedMention[] {
  const mentions: DatedMention[] = [];
  for (const claim of article.claims) {
    const dates = claim.dates.filter((date) => !isNonEvent(claim, date, article)).sort((a, b) => a.start - b.start);
    let start = claim.start;
    dates.forEach((date, index) => {
      const next = dates[index + 1];
      const cut = next ? clauseCut(claim, date.end, next.start) : null;
      const end = cut ? cut.cutEnd : claim.end;
      // Two dates with no break between them ("from May to June") share the whole sentence.
      mentions.push({
        claim,
        date: date.date,
        precision: date.precision,
        start: next && !cut ? claim.start : start,
        end: next && !cut ? claim.end : end,
      });
      start = cut ? cut.nextStart : claim.start;
    });
  }
  return dedupe(mentions);
}

/** "Sunday … on Sunday" in one sentence is one mention. */
function dedupe(mentions: DatedMention[]): DatedMention[] {
  const seen = new Set<string>();
  return mentions.filter((mention) => {
    const key = `${mention.claim.id}|${mention.date}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function mentionText(mention: DatedMention): string {
  return mention.claim.text.slice(mention.start - mention.claim.start, mention.end - mention.claim.start);
}
