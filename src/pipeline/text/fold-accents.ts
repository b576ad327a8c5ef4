// Accent folding for comparisons (Núñez = Nunez). Never applied to the stored text.

const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  þ: 'th',
};

/** Removes diacritics: "José Núñez" → "Jose Nunez", "Łódź" → "Lodz". */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæÆœŒøØłŁđĐðþ]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch);
}

/**
 * A key for "is this the same paragraph?": accent-folded, lower-cased, letters and digits
 * only. Two copies of one caption that differ in spacing, quote style or a final full stop
 * get the same key.
 */
export function comparisonKey(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
