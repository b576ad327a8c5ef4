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

/** Pure: ISO 639-1 code of the text's language; 'en' for very short or undecidable text. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return DEFAULT_LANGUAGE;
  const code = detect(sample);
  return /^[a-z]{2}$/.test(code) ? code : DEFAULT_LANGUAGE;
}

export const languageStage: Stage = {
  name: 'language',
  requires: ['text'],
  assigns: ['language'],
  run: (doc) => ({ language: detectLanguage(doc.text ?? '') }),
};
