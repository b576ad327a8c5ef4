// Paragraph splitting for scraped text. Files differ: some separate paragraphs by blank
// lines, some by single newlines, some mix both (a caption's alt text and its caption on
// two lines inside a blank-line file), and plain-text mail copies are hard-wrapped at a
// fixed width. Each blank-line block is therefore examined on its own.

const TERMINAL = /[.!?:;…"”’')\]]$/;
/** Lines that start a list item or a transcript turn are never continuations. */
const LIST_OR_TURN = /^(?:[•·▪■●◦‣∙►▶✓✔◆◇○*+–-]\s|\p{Lu}[\p{L} .'’-]{0,30}:\s)/u;

/** Splits normalised text (see normaliseText) into candidate paragraphs, one string each. */
export function splitParagraphs(normalised: string): string[] {
  const paragraphs: string[] = [];
  for (const block of normalised.split(/\n{2,}/)) {
    const lines = block.split('\n').filter((line) => line !== '');
    if (lines.length === 0) continue;
    paragraphs.push(...(isHardWrapped(lines) ? unwrapHardWrapped(lines) : joinSoftWraps(lines)));
  }
  return paragraphs;
}

/**
 * A block is hard-wrapped when it has several lines of near-equal width (as a mail client
 * or a fixed-width export produces) that mostly break mid-sentence.
 */
export function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 3 || lines.some((line) => LIST_OR_TURN.test(line))) return false;
  const inner = lines.slice(0, -1);
  const continued = lines.slice(1).filter((line) => /^\p{Ll}/u.test(line)).length;
  if (continued * 2 < inner.length) return false;
  const lengths = inner.map((line) => line.length);
  const max = Math.max(...lengths);
  const min = Math.min(...lengths);
  if (max > 100 || min < 40 || max - min > 25) return false;
  const midSentence = inner.filter((line) => !TERMINAL.test(line)).length;
  return midSentence * 2 >= inner.length;
}

/** Joins a hard-wrapped block, ending a paragraph at a short line that ends a sentence. */
function unwrapHardWrapped(lines: string[]): string[] {
  const width = Math.max(...lines.map((line) => line.length));
  const out: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    current.push(line);
    if (TERMINAL.test(line) && line.length < width * 0.75) {
      out.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) out.push(current.join(' '));
  return out;
}

/**
 * In a single-newline block every line is a paragraph, except that a long line broken
 * mid-sentence (no final punctuation, next line starting in lower case) continues.
 */
function joinSoftWraps(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous !== undefined && previous.length >= 30 && !TERMINAL.test(previous) && /^\p{Ll}/u.test(line)) {
      out[out.length - 1] = `${previous} ${line}`;
    } else {
      out.push(line);
    }
  }
  return out;
}
