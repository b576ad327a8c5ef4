// Shape tests on single paragraphs: bullets, speaker labels, datelines, title-like lines.
import { wordCount } from './normalise-space';

const BULLET = /^(?:[•·▪■●◦‣∙►▶✓✔◆◇○]|[-*+–](?=\s))\s*/u;

/** Returns the paragraph without its bullet marker, or null when it is not a bullet. */
export function stripBulletMarker(text: string): string | null {
  const match = BULLET.exec(text);
  if (!match) return null;
  const rest = text.slice(match[0].length).trim();
  return /\p{L}/u.test(rest) ? rest : null;
}

/** Speaker roles in interview and video transcripts ("Reporter:", "Translator:"). */
const ROLE_LABEL =
  '(?:Reporter|Translator|Interpreter|Interviewer|Host|Co-host|Anchor|Moderator|Narrator|Presenter|Correspondent|Question|Answer|Audience(?: member)?|Speaker|Voice|Caller|Unidentified (?:man|woman|speaker)|Q|A)';
/** An upper-case name label ("OKAFOR:", "MS. DE LA CRUZ:"). */
const CAPS_LABEL = "\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}";
const LABEL = `(?:${ROLE_LABEL}|${CAPS_LABEL})(?:\\s*\\([^)]{1,30}\\))?:`;
const LABEL_START = new RegExp(`^${LABEL}\\s+\\S`, 'u');
/** Upper-case words that open headlines and notes rather than transcript turns. */
const NOT_SPEAKERS =
  /^(?:WATCH|UPDATE|UPDATED|BREAKING|EXCLUSIVE|READ MORE|READ|RELATED|PHOTO|PHOTOS|VIDEO|NOTE|EDITOR'S NOTE|EDITOR’S NOTE|CORRECTION|CLARIFICATION|SOURCE|CREDIT|PICTURED|ALSO|LIVE|OPINION|ANALYSIS|ADVERTISEMENT|WARNING|FACT CHECK|MORE|SEE|SPONSORED|URGENT|FLASH|ALERT|NEW|TRANSCRIPT|GMT|UTC|ET|PM|AM|US|U\.S\.|UK|UN|EU)$/;

/** The speaker label at the start of a transcript turn, or null. */
export function transcriptLabel(text: string): string | null {
  if (!LABEL_START.test(text)) return null;
  const label = text
    .slice(0, text.indexOf(':'))
    .replace(/\s*\([^)]*\)$/, '')
    .trim();
  if (NOT_SPEAKERS.test(label)) return null;
  if (/^\p{Lu}[\p{Lu}.'’-]+$/u.test(label) && label.length < 2) return null;
  return label;
}

/** A name label in title case ("Doe:", "Jane Doe:"): also how "Update:" or "Paris:" open a line. */
const NAME_LABEL_START = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}):\s+\S/u;

/**
 * The label of a turn in an interview: a role or upper-case name label (transcriptLabel), or
 * a name label in title case. `alone` says whether the label is evidence enough on its own (a
 * role label); a name label is a speaker only among other turns (see classify-paragraphs).
 */
export function turnLabel(text: string): { label: string; alone: boolean } | null {
  const label = transcriptLabel(text);
  if (label !== null) return { label, alone: /\p{Ll}/u.test(label) || label.length === 1 };
  const name = NAME_LABEL_START.exec(text)?.[1];
  if (name === undefined || NOT_SPEAKERS.test(name.toUpperCase())) return null;
  return { label: name, alone: false };
}

/** Splits "Reporter: “…?” Translator: “…”" into one turn per speaker label. */
export function splitTranscriptTurns(text: string): string[] {
  if (transcriptLabel(text) === null) return [text];
  const boundary = new RegExp(`(?<=[.!?…"”’])\\s+(?=${LABEL}\\s)`, 'gu');
  const turns = text
    .split(boundary)
    .map((turn) => turn.trim())
    .filter(Boolean);
  return turns.every((turn) => transcriptLabel(turn) !== null) ? turns : [text];
}

const CAPS_CITY = "\\p{Lu}[\\p{Lu}'’.-]+(?:[ ,]+\\p{Lu}[\\p{Lu}'’.-]+){0,4}";
const TITLE_CITY = "\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,3}";
const AGENCY = '\\([^()]{1,30}\\)';
const DATELINE_FORMS = [
  `${CAPS_CITY}(?:\\s*${AGENCY}\\s*\\.?[—–-]|\\s+[—–-])`, // PORT LOUIS (Wire) —   SANTA ANA (agencia).-
  `${TITLE_CITY},\\s+${TITLE_CITY}\\s*(?:${AGENCY})?\\s*[—–]`, // Port Louis, Mauritius —
  `${TITLE_CITY}\\s*${AGENCY}\\s*\\.?[—–-]`, // Port Louis (Wire) —
  `${TITLE_CITY},\\s+\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}\\s*${AGENCY}\\s*\\.?[—–-]`, // Lima, Jun 3 (Wire).-
];
const DATELINE = new RegExp(DATELINE_FORMS.map((form) => `^(?:${form})`).join('|'), 'u');

/** A wire dateline opens the paragraph: "PORT LOUIS (Wire) —", "Lima, Jun 3 (Wire).-", "OSLO —". */
export function startsWithDateline(text: string): boolean {
  return DATELINE.test(text);
}

const LEADING_DATELINE = new RegExp(`^(?:${[...DATELINE_FORMS, `${CAPS_CITY}\\s*${AGENCY}`].join('|')})\\s*`, 'u');

/** The paragraph without its opening dateline ("PORT LOUIS (Wire) — "). */
export function stripDateline(text: string): string {
  const stripped = text.replace(LEADING_DATELINE, '');
  return stripped === '' ? text : stripped;
}

/** Ends like a sentence (full stop, question mark, colon…), ignoring closing quotes after punctuation. */
export function endsWithSentencePunctuation(text: string): boolean {
  return /[.!?:;,…]["”’')\]]*$/.test(text);
}

/** A short line that reads like a title: no final full stop, starts with a capital or quote. */
export function isTitleLike(text: string, maxWords = 20): boolean {
  const words = wordCount(text);
  if (words === 0 || words > maxWords) return false;
  if (!/^["“‘'(]?[\p{Lu}\p{N}]/u.test(text)) return false;
  return !endsWithSentencePunctuation(text) || (/[?!]["”’']?$/.test(text) && words <= 15);
}

/** The first line of a page as a headline: title-like, or a short sentence. */
export function isHeadlineLike(text: string): boolean {
  if (startsWithDateline(text) || transcriptLabel(text) !== null) return false;
  if (isTitleLike(text, 32)) return true;
  return wordCount(text) <= 16 && /^["“‘']?\p{Lu}/u.test(text);
}

/** Strips an author-and-date stamp printed on the headline line ("… bridge JANE DOE, Agency March 3, 2019 Updated: …"). */
export function stripHeadlineStamp(text: string): string {
  const stamped = text
    .replace(/\s+(?:Updated|Published|Posted|Last updated)(?:\s*:|\s+(?=\d|\p{Lu}\p{Ll}{2,8}\.? \d)).{0,60}$/u, '')
    .replace(/\s+\p{Lu}{2,}(?:\s+\p{Lu}[\p{Lu}.'’-]+){1,3},\s+.{2,80}$/u, '');
  return wordCount(stamped) >= 3 ? stamped.trim() : text;
}
