import { createHash } from 'node:crypto';
import anyAscii from 'any-ascii';
import { slugify } from '@/lib/slugify';
import { AppError } from '../../errors';

// The outlet table is shared by every story and keyed by slug, so two outlets must never
// get the same slug by accident. A Latin-script name keeps its readable slug (so "Reuters"
// and "reuters" stay one outlet, as before). A name in another script is transliterated
// for readability, but transliteration is lossy (Arabic loses its vowels, kanji read as
// Chinese), so a short hash of the name itself is appended: distinct names, distinct outlets.

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NON_LATIN_LETTER = /(?![\p{Script=Latin}])\p{L}/u;

/** Refuses an outlet name with no letter or digit in any script ("!!!", "—"). */
export function checkOutletName(name: string): string | null {
  return HAS_LETTER_OR_DIGIT.test(name) ? null : `The outlet name "${name}" has no letters or digits: give the outlet's name.`;
}

/** The stable, non-empty slug that identifies an outlet by its name, in any script. */
export function outletSlug(name: string): string {
  const problem = checkOutletName(name);
  if (problem) throw new AppError('invalid_input', problem, { field: 'outlet' });
  const normalised = name.normalize('NFKC').trim().toLowerCase();
  const latin = slugify(normalised);
  if (latin && !NON_LATIN_LETTER.test(normalised)) return latin;
  const hash = createHash('sha256').update(normalised).digest('hex').slice(0, 8);
  const readable = slugify(anyAscii(normalised)).slice(0, 60).replace(/-+$/, '');
  return `${readable || 'outlet'}-${hash}`;
}
