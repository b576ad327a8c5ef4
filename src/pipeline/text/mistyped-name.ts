// A name as one outlet mistyped it: one letter of one long word wrong ("Whitmarch").

/** `typed` is `word` with one letter mistyped, not the first ("whitmarch" for "whitmarsh"), in a word long enough to be a surname. */
function mistypedOneLetter(typed: string, word: string): boolean {
  if (typed.length !== word.length || typed.length < MISTYPED_MIN_LENGTH || typed[0] !== word[0]) return false;
  let differences = 0;
  for (let i = 0; i < word.length; i++) if (typed[i] !== word[i]) differences++;
  return differences === 1;
}
const MISTYPED_MIN_LENGTH = 8;

/**
 * A slip of the keyboard in one outlet's copy ("Whitmarch" for "Whitmarsh"): the
 * same name or a shorter form of it, with one letter of one long word mistyped. The caller
 * only merges it into a spelling more articles use, so two people with names one letter
 * apart, each written consistently, stay apart.
 */
export function isMistypedFormOf(typedKey: string, key: string): boolean {
  const typed = typedKey.split(/\s+/).filter(Boolean);
  const intact = key.split(/\s+/).filter(Boolean);
  if (typed.length === 0 || typed.length > intact.length || typedKey === key) return false;
  const offset = intact.length - typed.length;
  let mistyped = 0;
  for (let i = 0; i < typed.length; i++) {
    if (typed[i] === intact[offset + i]) continue;
    if (!mistypedOneLetter(typed[i], intact[offset + i]) || ++mistyped > 1) return false;
  }
  return mistyped === 1;
}
