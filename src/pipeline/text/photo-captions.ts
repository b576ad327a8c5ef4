// Photo captions and the credits glued to them. Sites print a caption twice (image alt text
// and figcaption), append the photographer's credit without a separator
// ("…in the capital.CreditCredit…Jane Doe/Example Agency"), or prefix it with "Pictured:".
import { wordCount } from './normalise-space';

const UPPER_WORD = "\\p{Lu}[\\p{L}.'’-]*";
const AFTER_SENTENCE = '(?<=[.!?”"’)\\]]|^)';

const TRAILING_CREDITS: RegExp[] = [
  // "…cooperation.CreditCredit…Jane Doe/The Daily" and "Credit: Jane Doe"
  /\s*(?:Credit){1,2}\s*(?:…|\.\.\.|:)\s*[^…\n]{1,100}$/u,
  // "(Photo: Jane Doe/Agency)", "(Photo internet reproduction)", "(Image credit: X)"
  /\s*\((?:photos?|images?|pictures?|credit|photograph|foto|file photo)\b[^()]{0,80}\)\s*$/iu,
  // ". Photo: Agency", ". Photograph by Jane Doe"
  new RegExp(`${AFTER_SENTENCE}\\s*(?:photos?|images?|pictures?|photograph|foto)(?: credit)?\\s*(?::|by)\\s*[^.!?]{1,60}$`, 'iu'),
  // ". Agency/Jane Doe", ". Wire Photo/Jane Doe"
  new RegExp(`${AFTER_SENTENCE}\\s+(?:${UPPER_WORD}\\s?){1,4}\\/\\s?(?:${UPPER_WORD}\\s?){1,4}(?:\\/[^/\\n]{1,40})?$`, 'u'),
  // ". Agency via Stock Images"
  new RegExp(`${AFTER_SENTENCE}\\s+(?:${UPPER_WORD}\\s){0,3}(?:via\\s+)?(?:${UPPER_WORD}\\s)?Images$`, 'u'),
];

const LEADING_COPYRIGHT = /^(?:©|\(c\))\s*[^.\n]{1,40}\.\s+(?=\S)/u;

/** Removes photo credits from the end of a caption; `credited` says whether any was found. */
export function detachPhotoCredit(text: string): { text: string; credited: boolean } {
  // A leading "© Agency." is the photo's copyright notice printed before the caption.
  let current = text.replace(LEADING_COPYRIGHT, '');
  let credited = current !== text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of TRAILING_CREDITS) {
      const stripped = current.replace(pattern, '').trim();
      if (stripped !== current && wordCount(stripped) >= 2) {
        current = stripped;
        credited = changed = true;
      }
    }
  }
  return { text: current, credited };
}

const CAPTION_PREFIX =
  /^(?:pictured|above|below|left|right|top|bottom|inset|main picture|file photo|photo|image|picture)\s*(?:\([^)]{0,30}\))?\s*:\s*\S/i;

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ENDS_WITH_DATE = new RegExp(`(?:,|\\bon|\\bin)\\s+${MONTH}\\s+\\d{1,2},?\\s+\\d{4}\\.?$`);
/** Present-tense photo descriptions: "X speaks during…", "X is greeted by…", "(left)". */
const PHOTO_VERB =
  /\b(?:speaks|poses?|arrives?|walks?|looks?|gestures?|waves?|listens?|attends?|stands?|sits?|delivers?|holds?|shakes?|talks?|smiles?|leaves?|departs?|greets?|is (?:greeted|seen|pictured|welcomed)|are (?:greeted|seen|pictured))\b|\((?:left|right|center|centre|C|L|R)\b/;

/** Caption evidence inside the paragraph itself (a duplicate copy is the other evidence). */
export function looksLikeCaption(text: string): boolean {
  if (CAPTION_PREFIX.test(text)) return true;
  // A photo's own date stamp closes the caption: "…outside the town hall, March 3, 2019."
  return wordCount(text) <= 60 && !/["“”]/.test(text) && ENDS_WITH_DATE.test(text) && PHOTO_VERB.test(text);
}
