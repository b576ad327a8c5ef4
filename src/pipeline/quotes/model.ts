// Plain data of the quotes stage, and small helpers shared by its modules.
import type { SentenceSpan } from '../types';

export type QuoteKind = 'direct' | 'partial' | 'according-to' | 'transcript';

export type Quote = {
  /** Span of the quoted words only (without the marks) into doc.text. */
  start: number;
  end: number;
  text: string;
  /** The attribution as written: a name, pronoun or role noun; null when unknown. */
  speakerLabel: string | null;
  verb: string | null;
  kind: QuoteKind;
  confidence: number;
  sentenceIndex: number;
  /** False for scare quotes, titles and labels. */
  isQuotation: boolean;
};

export { wordCount } from '../text/normalise-space';

const SMALL = new Set(['of', 'in', 'the', 'and', 'a', 'an', 'to', 'for', 'on', 'at', 'or', 'de', 'la']);
export const isTitleCase = (s: string) => s.split(/\s+/).every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && SMALL.has(w)));

/** Index of the last sentence starting at or before `pos` (binary search: sentences are in order). */
export function sentenceAt(sentences: SentenceSpan[], pos: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sentences[mid].start <= pos) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

export interface Found extends Quote {
  paragraphIndex: number;
  /** The quote fills (nearly) its whole paragraph. */
  fillsParagraph: boolean;
  /** Opens its paragraph and the previous paragraph's quote was left unclosed. */
  continuation: boolean;
  /** Attribution found by a pattern around this quote (not inherited). */
  attributed: boolean;
  /** Introduced as a name or label ("the so-called …"): never anybody's quotation. */
  naming?: boolean;
}
