// Stage "language": the article's language (ISO 639-1), so English-only stages can be skipped.
import { detect } from 'tinyld';
import type { Stage } from '../types';

export const DEFAULT_LANGUAGE = 'en';
/** Below this many letters the detector guesses; the default is a safer answer. */
const MIN_LETTERS = 40;
/**
 * Detection reads this much of the article: a few paragraphs decide the language reliably
 * (every coverage fixture, including the Spanish one), and more only costs time.
 */
const SAMPLE_CHARS = 1_200;

// Words that make up a quarter or more of any English prose and almost none of other languages'.
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in is was that for on with said as by at from his her he she it has have are were will be this which'.split(' '),
);
const ENGLISH_SHARE = 0.18;

/** A fast, conservative answer for plain English prose; other text goes to the full detector. */
function clearlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 30) return false;
  return words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length / words.length >= ENGLISH_SHARE;
}

/** Pure: ISO 639-1 code of the text's language; 'en' for very short or undecidable text. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return DEFAULT_LANGUAGE;
  if (clearlyEnglish(sample)) return 'en';
  const code = detect(sample);
  return /^[a-z]{2}$/.test(code) ? code : DEFAULT_LANGUAGE;
}

export const languageStage: Stage = {
  name: 'language',
  requires: ['text'],
  assigns: ['language'],
  run: (doc) => ({ language: detectLanguage(doc.text ?? '') }),
};
