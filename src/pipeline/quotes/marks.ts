// Quote-mark scanner: finds quoted spans inside one paragraph. Understands curly and straight,
// double and single marks (mixed within one quote), apostrophes and possessives.

export type MarkFamily = 'double' | 'single';

/** A quoted span inside one paragraph; offsets relative to the paragraph text. */
export interface MarkedSpan {
  /** Position of the opening mark. */
  open: number;
  /** Position of the closing mark, or the paragraph end when the quote is unclosed. */
  close: number;
  /** The quoted words, trimmed, without the marks. */
  start: number;
  end: number;
  closed: boolean;
  family: MarkFamily;
}

type Role = 'open' | 'close' | 'either';
interface Mark {
  family: MarkFamily;
  role: Role;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/“"]/u;
const AFTER_CLOSE = /[\s)\]}.,;:!?\u2014\u2013\-…”"]/u;

/** What a character at `i` is: an opening or closing quote mark, or nothing (e.g. an apostrophe). */
export function classifyMark(text: string, i: number): Mark | null {
  const ch = text[i];
  const prev = i > 0 ? text[i - 1] : '';
  const next = i + 1 < text.length ? text[i + 1] : '';
  const openSide = prev === '' || BEFORE_OPEN.test(prev);
  const closeSide = next === '' || AFTER_CLOSE.test(next);
  if (ch === '“') return { family: 'double', role: 'open' };
  if (ch === '”') return { family: 'double', role: 'close' };
  if (ch === '"') {
    if (openSide && !closeSide) return { family: 'double', role: 'open' };
    if (!openSide && closeSide) return { family: 'double', role: 'close' };
    return { family: 'double', role: 'either' };
  }
  if (ch !== '‘' && ch !== '’' && ch !== "'") return null;
  // A letter on both sides is an apostrophe (can't, someone's, WON'T); so is an elided year ('90s, '09).
  if (WORD_CHAR.test(prev) && WORD_CHAR.test(next)) return null;
  if (/^\d\d(?:s\b|\b)/.test(text.slice(i + 1, i + 4)) && !/^\d\d\d/.test(text.slice(i + 1, i + 4))) return null;
  if (ch === '‘' && next !== '' && !/\s/.test(next)) return { family: 'single', role: 'open' };
  if (openSide && next !== '' && !/\s/.test(next)) return { family: 'single', role: 'open' };
  if (!openSide && closeSide) return { family: 'single', role: 'close' };
  return null;
}

/** s' followed by a word, e.g. "the leaders' talks": a possessive, not a closing mark. */
function looksPossessive(text: string, i: number): boolean {
  return /[sSzZ]/.test(text[i - 1] ?? '') && /^\s+[\p{L}\p{N}]/u.test(text.slice(i + 1, i + 4));
}

/**
 * Whether, after each position, the next single mark closes (so a possessive there can be
 * skipped). Built once per paragraph by one backward pass: asking the question by scanning
 * forward from every possessive was quadratic in a long paragraph.
 */
function laterSingleCloses(text: string): boolean[] {
  const closes = new Array<boolean>(text.length).fill(false);
  let next = false;
  for (let i = text.length - 1; i >= 0; i--) {
    closes[i] = next;
    const mark = classifyMark(text, i);
    if (mark && mark.family === 'single') next = mark.role !== 'open';
  }
  return closes;
}

function makeSpan(text: string, open: number, close: number, closed: boolean, family: MarkFamily): MarkedSpan | null {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start || !WORD_CHAR.test(text.slice(start, end))) return null;
  return { open, close, start, end, closed, family };
}

/** Pure: the quoted spans of one paragraph, in order. Nested marks of the other family stay inside. */
export function scanQuoteMarks(text: string): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let open: { pos: number; family: MarkFamily } | null = null;
  let closesAfter: boolean[] | null = null;
  const push = (span: MarkedSpan | null) => {
    if (span) spans.push(span);
  };
  for (let i = 0; i < text.length; i++) {
    const mark = classifyMark(text, i);
    if (!mark) continue;
    if (!open) {
      if (mark.role === 'open' || (mark.role === 'either' && mark.family === 'double')) open = { pos: i, family: mark.family };
      continue;
    }
    if (mark.family !== open.family) continue;
    if (mark.role === 'open') {
      // A new opening mark while one is open: the earlier quote was left unclosed.
      push(makeSpan(text, open.pos, i, false, open.family));
      open = { pos: i, family: mark.family };
      continue;
    }
    if (open.family === 'single' && looksPossessive(text, i) && (closesAfter ??= laterSingleCloses(text))[i]) continue;
    push(makeSpan(text, open.pos, i, true, open.family));
    open = null;
  }
  if (open) push(makeSpan(text, open.pos, text.length, false, open.family));
  return spans;
}
