import { createHash } from 'node:crypto';
import anyAscii from 'any-ascii';
import { slugify } from '@/lib/slugify';
import { AppError } from '../../errors';

// The outlet table is shared by every story and keyed by slug, so two outlets must never
// get the same slug by accident: two names share a slug only when they are the same name up
// to case, accents and spacing ("Reuters" and "reuters", "El País" and "El Pais",
// "Straße" and "Strasse"). A name written in Latin letters, digits, spaces and hyphens keeps
// a readable slug, each letter transliterated (Ł→l, Ø→o, Æ→ae, ß→ss: slugify alone dropped
// the letters that do not decompose, so "Łowicz News" was "Owicz News"). Any other name
// (another script, whose transliteration is lossy, or punctuation the slug cannot spell:
// "C++ Weekly" is not "C Weekly") gets a short hash of the name appended.

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NON_LATIN_LETTER = /(?![\p{Script=Latin}])\p{L}/u;
// What the readable slug spells out: spacing (which it joins with single hyphens) and accents.
const SPACING = /^[\s\-\u2010-\u2015]$/u;
const MARK = /^\p{M}$/u;
const LATIN_LETTER = /^\p{Script=Latin}$/u;
const MAX_READABLE = 80;

/** Refuses an outlet name with no letter or digit in any script ("!!!", "—"). */
export function checkOutletName(name: string): string | null {
  return HAS_LETTER_OR_DIGIT.test(name) ? null : `The outlet name "${name}" has no letters or digits: give the outlet's name.`;
}

const normalise = (name: string) => name.normalize('NFKC').trim().toLowerCase();

/** True when each character is spacing, an accent, an ASCII digit, or a Latin letter that transliterates to letters. */
function spelledOutBySlug(normalised: string): boolean {
  for (const char of normalised) {
    if (SPACING.test(char) || MARK.test(char) || /^[0-9]$/.test(char)) continue;
    if (LATIN_LETTER.test(char) && /^[A-Za-z]+$/.test(anyAscii(char))) continue;
    return false;
  }
  return true;
}

const readableSlug = (normalised: string) => slugify(anyAscii(normalised));

/**
 * The readable slug with a short hash of the name appended: the key of a name the readable
 * slug cannot tell apart from others, and the second choice of any name whose readable slug
 * an outlet of another name holds.
 */
export function hashedOutletSlug(name: string): string {
  const normalised = normalise(name);
  const hash = createHash('sha256').update(normalised).digest('hex').slice(0, 8);
  const readable = readableSlug(normalised).slice(0, 60).replace(/-+$/, '');
  return `${readable || 'outlet'}-${hash}`;
}

/** The stable, non-empty slug that identifies an outlet by its name, in any script. */
export function outletSlug(name: string): string {
  const problem = checkOutletName(name);
  if (problem) throw new AppError('invalid_input', problem, { field: 'outlet' });
  const normalised = normalise(name);
  if (!NON_LATIN_LETTER.test(normalised) && spelledOutBySlug(normalised)) {
    const readable = readableSlug(normalised);
    if (readable && readable.length < MAX_READABLE) return readable;
  }
  return hashedOutletSlug(name);
}
