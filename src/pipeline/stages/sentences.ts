// Stage "sentences": sentence spans inside each paragraph, from wink-nlp's sentence
// boundaries (it knows U.S., Mr., Gen. and quotes that close a sentence). Each paragraph is
// read on its own, so a sentence never crosses a paragraph boundary.

import { getNlp } from '../text/wink';
import type { ParagraphSpan, SentenceSpan, Span, Stage } from '../types';

/** Pure: sentence spans within `text`, offsets relative to `text`, trimmed of spaces. */
export function splitSentences(text: string): Span[] {
  if (text.trim() === '') return [];
  const { its } = getNlp();
  const doc = getNlp().readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    // wink reproduces the input exactly; if a token ever differs, find it instead of drifting.
    if (text.startsWith(values[i], offset) === false) offset = Math.max(offset, text.indexOf(values[i], offset));
    starts.push(offset);
    offset += values[i].length;
    ends.push(offset);
  }
  const spans: Span[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const span = trimSpan(text, starts[first], ends[last]);
    if (span.end <= span.start) continue;
    const previous = spans[spans.length - 1];
    // "…a statement to Example.com." is split after "Example."; a real boundary has a space.
    if (previous && previous.end === span.start && /^[\p{Ll}\p{N}]/u.test(text.slice(span.start))) previous.end = span.end;
    else spans.push(span);
  }
  return spans;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Pure: sentence spans of a whole article, offsets into `text`. wink reads the article once
 * (one readDoc per paragraph costs more than the analysis itself); its sentences are then cut
 * at paragraph boundaries, so that a sentence never crosses one (a headline has no full stop).
 */
export function sentenceSpans(text: string, paragraphs: ParagraphSpan[]): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  const spans = splitSentences(text);
  let first = 0;
  paragraphs.forEach((paragraph, paragraphIndex) => {
    while (first < spans.length && spans[first].end <= paragraph.start) first++;
    for (let index = first; index < spans.length && spans[index].start < paragraph.end; index++) {
      const piece = trimSpan(text, Math.max(spans[index].start, paragraph.start), Math.min(spans[index].end, paragraph.end));
      if (piece.end > piece.start) sentences.push({ ...piece, paragraphIndex });
    }
  });
  return sentences;
}

export const sentencesStage: Stage = {
  name: 'sentences',
  requires: ['text', 'paragraphs'],
  assigns: ['sentences'],
  run: (doc) => ({ sentences: sentenceSpans(doc.text ?? '', doc.paragraphs ?? []) }),
};
