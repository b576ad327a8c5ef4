// Fact units: the parts of a claim sentence that can each state a fact of their own.
// News sentences often carry two or three facts ("X met Y on Tuesday, after visiting Z,
// and announced W"); aligning whole sentences lets such a sentence join only one of its
// facts. A unit is a clause of the writer's own words: quoted speech of four words or
// more is cut out (the quotation is aligned as an utterance, in its own row), and the
// rest is split at clause boundaries. Each unit keeps the figures and dates inside its
// own span, so a date dates only the clause it is written in.
import { contentTerms } from './content-terms';

// Words of reporting itself: "X told reporters at the palace:" introduces a quotation, it states no fact.
const REPORTING = new Set(
  contentTerms(
    'reporters journalists press conference statement interview briefing told asked added noted stated explained wrote tweeted replied answered reporter journalist',
  ),
);

/**
 * Content words written in lower case, reporting words aside: a title or a name alone
 * ("U.S. Vice President Jane Roe") or an attribution ("Roe told reporters in Lima:") states no fact.
 */
function lowerCaseTerms(text: string): number {
  return contentTerms((text.match(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []).join(' ')).filter((term) => !REPORTING.has(term))
    .length;
}
const MIN_LOWER_CASE_TERMS = 1;
/** Words of its own (reporting words aside) that a quotation's frame needs to state a fact of its own. */
const MIN_FRAME_FACT_WORDS = 4;

export interface UnitSource {
  /** Span of the sentence in its article's text. */
  start: number;
  end: number;
  text: string;
  quantities: { start: number; end: number }[];
  dates: { start: number; end: number }[];
}

export interface UnitSpan {
  /** Span into the article text (inside the sentence). */
  start: number;
  end: number;
  text: string;
}

/** Quoted speech shorter than this stays part of the writer's sentence (scare quotes, a word of praise). */
export const MASKED_QUOTE_WORDS = 4;
/** A clause with fewer content words than this says too little to be a fact of its own. */
const MIN_UNIT_TERMS = 3;

// A clause boundary: a semicolon or a spaced dash, or a comma before a word that opens
// a clause of its own (a conjunction, a relative pronoun, a participle: ", capping her first trip").
const BOUNDARY =
  /;\s+|\s+[—–-]\s+|\s+--\s+|,\s+(?=(?:and|but|while|whereas|after|before|as|when|where|which|who|although|though|because|since|amid|despite|with)\s|\p{Ll}+ing\s)/gu;

const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The parts of [start, end) not covered by the given spans (quotations to leave out). */
function uncovered(start: number, end: number, masks: { start: number; end: number }[]): [number, number][] {
  const parts: [number, number][] = [];
  let cursor = start;
  for (const mask of [...masks].sort((a, b) => a.start - b.start)) {
    if (mask.end <= cursor || mask.start >= end) continue;
    if (mask.start > cursor) parts.push([cursor, mask.start]);
    cursor = Math.max(cursor, mask.end);
  }
  if (cursor < end) parts.push([cursor, end]);
  return parts;
}

/** Widens a quotation span over its quotation marks, so the marks are cut out with the words. */
function withMarks(text: string, offset: number, span: { start: number; end: number }): { start: number; end: number } {
  let start = span.start;
  let end = span.end;
  while (start > offset && /["“”‘’'«»]/u.test(text[start - offset - 1] ?? '')) start--;
  while (end - offset < text.length && /["“”‘’'«»,.]/u.test(text[end - offset] ?? '')) end++;
  return { start, end };
}

function trimmed(sentence: UnitSource, start: number, end: number): UnitSpan | null {
  const raw = sentence.text.slice(start - sentence.start, end - sentence.start);
  const lead = raw.length - raw.trimStart().length;
  const body = raw
    .trim()
    .replace(/^[,;:—–-]+\s*|[,;:—–-]+$/gu, '')
    .trim();
  if (!body) return null;
  const from = start + lead + raw.trimStart().indexOf(body);
  return { start: from, end: from + body.length, text: body };
}

/**
 * The fact units of one sentence. Quotations (spans into the article text) of
 * MASKED_QUOTE_WORDS or more are left out. A clause too short to stand alone stays with
 * its neighbour; a sentence that yields nothing but short pieces is one unit (unless it
 * was all quotation).
 */
export function factUnits(sentence: UnitSource, quotations: { start: number; end: number }[] = []): UnitSpan[] {
  const termCounts = new Map<string, number>();
  const terms = (text: string) => {
    let count = termCounts.get(text);
    if (count === undefined) termCounts.set(text, (count = contentTerms(text).length));
    return count;
  };
  const masks = quotations
    .filter((quote) => quote.start < sentence.end && quote.end > sentence.start)
    .filter(
      (quote) =>
        wordCount(sentence.text.slice(Math.max(0, quote.start - sentence.start), quote.end - sentence.start)) >= MASKED_QUOTE_WORDS,
    )
    .map((quote) => withMarks(sentence.text, sentence.start, quote));
  const pieces: UnitSpan[] = [];
  for (const [from, to] of uncovered(sentence.start, sentence.end, masks)) {
    const segment = sentence.text.slice(from - sentence.start, to - sentence.start);
    let cursor = 0;
    for (const match of segment.matchAll(BOUNDARY)) {
      const piece = trimmed(sentence, from + cursor, from + match.index);
      if (piece) pieces.push(piece);
      cursor = match.index + match[0].length;
    }
    const last = trimmed(sentence, from + cursor, to);
    if (last) pieces.push(last);
  }
  // Short pieces are joined to the piece before (or, at the start, the piece after).
  const units: UnitSpan[] = [];
  for (const piece of pieces) {
    const previous = units[units.length - 1];
    const short = terms(piece.text) < MIN_UNIT_TERMS;
    if (previous && (short || terms(previous.text) < MIN_UNIT_TERMS)) {
      // Joined as written, unless a quotation lies between them: it stays out of the unit's text.
      const quoted = masks.some((mask) => mask.start >= previous.end && mask.end <= piece.start);
      const text = quoted
        ? `${previous.text} ${piece.text}`
        : sentence.text.slice(previous.start - sentence.start, piece.end - sentence.start);
      units[units.length - 1] = { start: previous.start, end: piece.end, text };
    } else units.push(piece);
  }
  const substantial = units.filter((unit) => terms(unit.text) >= MIN_UNIT_TERMS);
  // Around a quotation aligned on its own, the writer's words frame the utterance ("X told the
  // press before the meeting"): the utterance's row carries them, unless they state a fact of their own.
  const minimum = masks.length > 0 ? MIN_FRAME_FACT_WORDS : MIN_LOWER_CASE_TERMS;
  if (substantial.length > 0) return substantial.filter((unit) => lowerCaseTerms(unit.text) >= minimum);
  return masks.length > 0 || lowerCaseTerms(sentence.text) < MIN_LOWER_CASE_TERMS
    ? []
    : [{ start: sentence.start, end: sentence.end, text: sentence.text }];
}
