// Characters that change how text displays without showing themselves: bidirectional
// overrides and isolates can make "txt.exe" read as "exe.txt" or reorder an outlet's name,
// zero-width characters make two equal-looking names differ, and control characters have
// no business in a name. They are removed from names and titles at the import boundary and
// refused in file names (which must match the file on disk).

// C0 controls but tab and newline, DEL and C1 controls; U+061C Arabic letter mark;
// U+200B–U+200F zero-width space/joiners and LRM/RLM; U+202A–U+202E embeddings and
// overrides; U+2060–U+2064 word joiner and invisible operators; U+2066–U+2069 isolates;
// U+FEFF zero-width no-break space (a byte-order mark is dropped from a file's text earlier).
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** `text` with each invisible character written out as <U+202E>, for error messages (the raw one would reorder the message). */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => `<${codePoint(char)}>`);
}

/** The first invisible character of `text` as "U+202E", or null. */
export function firstInvisible(text: string): string | null {
  const found = text.match(new RegExp(INVISIBLE.source, 'u'));
  return found ? codePoint(found[0]) : null;
}
