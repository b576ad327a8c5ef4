// A light word tokenizer for name discovery: one linear regex pass, offsets into the text.
import { foldAccents } from '../text/fold-accents';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Accent-folded, lower-cased. */
  folded: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper-case, like an initialism. */
  allCaps: boolean;
  /** Index of the sentence holding the token (-1 outside every sentence). */
  sentence: number;
  /** First word of its sentence (after any opening quote). */
  sentenceStart: boolean;
}

const ASCII = /^[\x00-\x7F]*$/;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{Lu}][\p{L}\p{M}]+)?(?:-[\p{L}\p{M}]+)*/gu;

export function tokenize(text: string, sentences: { start: number; end: number }[]): Token[] {
  const tokens: Token[] = [];
  let s = 0;
  let lastSentence = -1;
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    while (s < sentences.length && sentences[s].end <= start) s++;
    const inside = s < sentences.length && sentences[s].start <= start;
    const sentence = inside ? s : -1;
    const word = match[0];
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      folded: (ASCII.test(word) ? word : foldAccents(word)).toLowerCase(),
      cap: /^\p{Lu}/u.test(word),
      allCaps: word.length >= 2 && /^[\p{Lu}\p{M}-]+$/u.test(word),
      sentence,
      sentenceStart: sentence >= 0 && sentence !== lastSentence,
    });
    if (sentence >= 0) lastSentence = sentence;
  }
  return tokens;
}

/** Sentence index holding `offset`, by binary search (-1 if none). */
export function sentenceAt(sentences: { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
