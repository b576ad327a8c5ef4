// Quote extraction over a whole article: marked spans per paragraph, attribution by patterns,
// quotes running across paragraphs, floating quotes, transcript turns, scare quotes.

import { turnLabel } from '../text/paragraph-shapes';
import type { ParagraphSpan, SentenceSpan } from '../types';
import { type Attribution, accordingTo, attributionAfter, attributionBefore } from './attribution';
import { inherit, transcriptTurn } from './inherit';
import { type MarkedSpan, scanQuoteMarks } from './marks';
import { type Found, isTitleCase, type Quote, type QuoteKind, sentenceAt, wordCount } from './model';

export type { Quote, QuoteKind } from './model';

/** Pure: all quotes of an article. */
export function extractQuotes(text: string, paragraphs: ParagraphSpan[], sentences: SentenceSpan[]): Quote[] {
  const found: Found[] = [];
  let lastUnclosedParagraph = -2;
  paragraphs.forEach((paragraph, pi) => {
    const ptext = text.slice(paragraph.start, paragraph.end);
    if (paragraph.kind === 'transcript') {
      const label = turnLabel(ptext)?.label;
      if (label) {
        found.push(...transcriptTurn(text, paragraph, pi, label, sentences));
        return;
      }
    }
    const spans = scanQuoteMarks(ptext);
    spans.forEach((span, k) => {
      const q = fromSpan(text, paragraph, pi, span, sentences, k > 0 ? spans[k - 1] : null, spans[k + 1] ?? null);
      q.continuation = k === 0 && span.open === 0 && lastUnclosedParagraph === pi - 1;
      // `"…," she said, "and …"`: the second half of an interrupted quote keeps the first half's kind.
      const prior = found[found.length - 1];
      const gap = k > 0 ? ptext.slice(spans[k - 1].close + 1, span.open) : '';
      if (k > 0 && prior?.kind === 'direct' && /[,:]\s*$/.test(gap) && wordCount(gap) <= 8 && q.attributed) q.kind = 'direct';
      found.push(q);
    });
    const last = spans[spans.length - 1];
    if (last && !last.closed) lastUnclosedParagraph = pi;
    // A colon at the paragraph end introduces the quote in the next paragraph.
    if (/:\s*$/.test(ptext) && !last) lastUnclosedParagraph = pi;
  });
  inherit(found, text, paragraphs);
  return found.map(({ paragraphIndex, fillsParagraph, continuation, attributed, naming, ...quote }) => quote);
}

/** Words that introduce a name or a label in quote marks ("the so-called 'X'"), not somebody's words. */
const NAMING_BEFORE = /\b(?:so[- ]called|nicknamed|known as|(?:en)?titled|the (?:term|word|words|phrase|slogan|hashtag|label|motto))\s*$/i;

function fromSpan(
  text: string,
  paragraph: ParagraphSpan,
  pi: number,
  span: MarkedSpan,
  sentences: SentenceSpan[],
  prev: MarkedSpan | null,
  next: MarkedSpan | null,
): Found {
  const base = paragraph.start;
  const start = base + span.start;
  const end = base + span.end;
  const quoted = text.slice(start, end);
  const openSentence = sentences[sentenceAt(sentences, base + span.open)];
  const closeSentence = sentences[sentenceAt(sentences, base + Math.max(span.open, span.close - 1))];
  const beforeFrom = Math.max(openSentence?.start ?? base, prev ? base + prev.close + 1 : base);
  const before = text.slice(beforeFrom, base + span.open);
  const afterTo = Math.min(closeSentence?.end ?? paragraph.end, next ? base + next.open : paragraph.end);
  const after = span.closed ? text.slice(base + span.close + 1, Math.max(afterTo, base + span.close + 1)) : '';
  let attribution: Attribution | null = attributionAfter(after) ?? attributionBefore(before);
  const according = accordingTo(`${before} ${after}`);
  if (according && !attribution) attribution = { label: according, verb: 'according to', according: true };
  const paragraphLength = paragraph.end - paragraph.start;
  const outside = paragraphLength - (span.end - span.start);
  const fillsParagraph =
    outside <= Math.max(6, 0.15 * paragraphLength) || (span.open <= 1 && after.trim() === '' && wordCount(quoted) >= 8);
  const words = wordCount(quoted);
  const startsClause = /^[\p{Lu}\p{N}]/u.test(quoted) && (before.trim() === '' || /[:,]\s*$/.test(before) || /\bthat\s*$/.test(before));
  let kind: QuoteKind = startsClause ? 'direct' : 'partial';
  if (attribution?.according) kind = 'according-to';
  let isQuotation = true;
  if (words <= 3 && !attribution && !/[.!?]$/.test(quoted)) isQuotation = false;
  if (words <= 5 && isTitleCase(quoted) && !/[.!?,]$/.test(quoted)) isQuotation = false;
  if ((paragraph.kind === 'subhead' || paragraph.kind === 'headline') && fillsParagraph) isQuotation = false;
  const naming = NAMING_BEFORE.test(before);
  if (naming) isQuotation = false;
  let confidence = attribution ? 0.9 : 0.5;
  if (!span.closed) confidence -= 0.2;
  if (!isQuotation) confidence = 0.3;
  return {
    start,
    end,
    text: quoted,
    speakerLabel: attribution?.label ?? null,
    verb: attribution?.verb ?? null,
    kind,
    confidence,
    sentenceIndex: sentenceAt(sentences, start),
    isQuotation,
    paragraphIndex: pi,
    fillsParagraph,
    continuation: false,
    attributed: attribution !== null,
    naming,
  };
}
