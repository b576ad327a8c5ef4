// Character-level normalisation of scraped article text. Curly quotes and accents are kept
// on purpose: the quote extractor needs the quote marks and people are matched on accents
// later (with folding), so only invisible or look-alike characters are changed here.

/** Non-breaking and typographic spaces, tabs and other odd blanks: all become a plain space. */
const ODD_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Zero-width characters, BOM and the soft hyphen: removed. */
const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Control characters other than the newline. */
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F]/g;
/** Acute accent and modifier apostrophe typed as an apostrophe (Núñez´s, I´m). */
const ACCENT_APOSTROPHES = /[\u00B4\u02BC]/g;
/** Backtick and prime are apostrophes only between letters (I`m), not in 5′10″. */
const LETTER_APOSTROPHES = /(?<=\p{L})[`\u2032](?=\p{L})/gu;

/** The apostrophe every look-alike is turned into (the typographic one, as in curly text). */
export const APOSTROPHE = '\u2019';

/** Normalises line breaks, spaces and apostrophes; trims every line and collapses inner runs of spaces. */
export function normaliseText(raw: string): string {
  const unified = raw
    .replace(/\r\n?/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/\u2028/g, '\n')
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLES, '')
    .replace(CONTROLS, '')
    .replace(ACCENT_APOSTROPHES, APOSTROPHE)
    .replace(LETTER_APOSTROPHES, APOSTROPHE);
  return unified
    .split('\n')
    .map((line) => collapseSpaces(line))
    .join('\n');
}

/** Collapses runs of spaces to one and trims both ends. */
export function collapseSpaces(line: string): string {
  return line.replace(/ {2,}/g, ' ').trim();
}

/** Number of whitespace-separated words. */
export function wordCount(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}
