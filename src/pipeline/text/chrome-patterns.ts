// Generic patterns of news-site chrome: navigation, sharing, subscription prompts, comment
// forms, ads, bylines, date stamps, wire credits. Whole-line patterns only: a line is chrome
// when the line as a whole is one of these things, never because a phrase occurs in prose.
import { wordCount } from './normalise-space';

/** Why a line is not article text. `end` drops the line and everything after it. */
export type ChromeKind =
  | 'chrome'
  | 'end'
  | 'advert'
  | 'byline'
  | 'timestamp'
  | 'photo-credit'
  | 'caption-label'
  | 'wire-credit'
  | 'copyright'
  | 'social-embed';

const NAV_LABEL =
  /^(?:breaking(?: news)?|live(?: updates)?|updated?|published|posted|last updated|watch(?: now| live| video)?|video|photos?|gallery|listen(?: to this article)?|menu|main menu|search|home|top stories|latest(?: news)?|trending(?: now)?|sections|close|back to top|toggle navigation|log ?in|sign ?in|register|next|previous|play|pause|skip ad|more|show more|load more|expand|collapse|opinion|news)\.?$/i;
const SHARE_WORD =
  '(?:share(?: this(?: article| story)?| on| via)?|tweet|e-?mail|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|flipboard|copy(?: link)?|print|save|comments?)';
const SHARE_LINE = new RegExp(`^${SHARE_WORD}(?:\\s*[|·•,/]?\\s*${SHARE_WORD})*:?$`, 'i');

const CHROME_LINES: RegExp[] = [
  /^continue reading\b.{0,40}$/i,
  /^(?:story|article|text) continues\b.{0,40}$/i,
  /^(?:press\s+["“]?enter["”]?\s+to\s+)?skip to\b.{0,30}$/i,
  /^accessibility(?: links| help| statement)?$/i,
  /^no (?:menu )?items(?: found)?!?$/i,
  /^(?:your email address will not be published|required fields are marked)\b.{0,40}$/i,
  /^you may use these html tags\b/i,
  /^\[[^\]]{1,60}\]$/, // a link rendered in brackets: [Read in Spanish]
  /^(?:leer|ler|lire|lesen|read|leggi)\s+(?:en|em|in|auf)\s+\p{L}+$/iu, // language switch
  /^(?:read more|related|see also|also read|read next|recommended|further reading|more on this|watch|listen|video)\s*:.{0,160}$/i,
  /^for more\b.{0,80}\b(?:see|read|click|visit|go to)\b.{0,30}(?::|below\.?|here\.?)$/i,
  /^(?:click|tap) here\b.{0,80}$/i,
  /^https?:\/\/\S+$/i,
  /^this (?:article|story|content|page) is (?:more than|over) .{1,20} old$/i,
  /^privacy (?:notice|policy)\s*:/i,
  /^(?:reuse|republish) this (?:content|article|story)$/i,
  /^(?:source|via)\s*:\s*\S+$/i,
  /^\*{2,}.*\*{2,}$/, // ***Please sign up for our newsletter***
  /^(?![©®™])\p{Extended_Pictographic}/u, // promo lines opening with an emoji (© is pictographic too)
];

/** Calls to action that are chrome on any short line. */
const STRONG_PROMO =
  /\b(?:sign up (?:for|to)|join now|\d+% off|free trial|buy now|shop now|subscribe (?:now|today|to our)|download (?:the|our) .{0,30}app|unlock (?:this|all|unlimited)|already a subscriber|get (?:the|our) .{0,25}(?:app|newsletter|picks))\b/i;
const WEAK_PROMO = /\b(?:subscribe|newsletter|sign up|log in|follow us|like us on|limited time|special offer|ad-free|premium)\b/i;
const COOKIE = /\b(?:we use cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|by continuing to (?:use|browse))\b/i;

const END_MARKERS =
  /^(?:leave a (?:reply|comment)|post a comment|\d* ?comments?(?: \(\d+\))?|comments are closed|join the (?:conversation|discussion)|related(?: articles| stories| posts| coverage| content| news)?|more (?:stories|news|on this story)|you (?:may|might) also like|most (?:popular|read|viewed)|read next|what to read next|recommended(?: for you| stories)?|about the author|(?:related|more on these|explore more on these) topics|topics|around the web|(?:sponsored|promoted) (?:stories|links|content))\s*:?$/i;
/** Short section labels of link lists that follow the article ("More from Example", "Top Stories"). */
const LINK_LIST_LABEL = /^(?:more from \p{L}+(?: \p{L}+)?|\p{L}+ stories)$/iu;

// Case-sensitive on purpose: the credited name is capitalised ("Reporting by the paper showed…" is prose).
const WIRE_CREDIT =
  /^\(?(?:[Aa]dditional |[Ww]ith )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced|[Rr]esearch|[Tt]ranslated|[Tt]ranslation)(?:\s+(?:and|&)\s+\w+)?\s+by\s+\p{Lu}.{0,160}\)?\.?$/u;
const CONTRIBUTED = /^.{0,120}\bcontributed (?:reporting |to )?(?:to )?this (?:report|story|article)\.?$/i;
// "© 2019 Example Media", "Copyright Example Media" — but not "© Agency. <a photo caption>".
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)\s*(?:\d{4}.{0,120}|[^.]{0,60})$|\ball rights reserved\.?$/i;
const ADVERT =
  /^(?:advertisement|advertisment|advert|ad|sponsored(?: content)?|paid content|promoted|story continues below advertisement)$/i;
const BYLINE =
  /^(?:By|BY|(?:Interview(?:ed)?|Words|Text|Story) by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von|da|del|la))*\s*(?:\([^)]*\))?\s*(?:[,|–—-]\s*[^.!?]{0,60})?$/u;
const CAPS_BYLINE = /^\p{Lu}{2,}(?:\s+\p{Lu}[\p{Lu}.'’-]+){1,3},\s+[\p{L} .&'’-]{2,40}$/u;
const PHOTO_CREDIT =
  /^(?:editorial |photo |image |picture |video |cover |header )?credits?\s*(?:[:…]|\.\.\.)|^\(?(?:photos?|images?|pictures?|photograph|foto|file photo)\s*(?:by|:|\/)\s*[^.\s)]+(?:\s+[^.\s)]+){0,4}\)?$/i;
/** "Image caption," / "Photo caption:" — the next line is the caption. */
const CAPTION_LABEL = /^(?:image|photo|picture|video) caption\s*[,:]?$/i;
/** "Image source, Agency" — a credit printed on its own line. */
const IMAGE_SOURCE = /^(?:image|photo|picture|video) (?:source|credit)s?\b.{0,60}$/i;
const RELATIVE_TIME = /^(?:(?:\d+|an?|one|a few) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago|just now|yesterday)$/i;
const SOCIAL_SIGNATURE = /^[—–-]\s*[^()\n]{1,80}\(@\w{1,15}\)\s*.{0,40}$/;

/** Classifies one candidate paragraph as chrome, or returns null for article text. */
export function chromeKind(line: string): ChromeKind | null {
  const words = wordCount(line);
  if (!/[\p{L}\p{N}]/u.test(line)) return 'chrome';
  if ((words <= 8 && END_MARKERS.test(line)) || (words <= 4 && LINK_LIST_LABEL.test(line))) return 'end';
  if (words <= 6 && (NAV_LABEL.test(line) || SHARE_LINE.test(line))) return 'chrome';
  if (ADVERT.test(line)) return 'advert';
  if (words <= 40 && WIRE_CREDIT.test(line)) return 'wire-credit';
  if (words <= 25 && CONTRIBUTED.test(line)) return 'wire-credit';
  if (words <= 25 && COPYRIGHT.test(line)) return 'copyright';
  if (SOCIAL_SIGNATURE.test(line)) return 'social-embed';
  if (words <= 12 && (BYLINE.test(line) || CAPS_BYLINE.test(line))) return 'byline';
  if (words <= 12 && (PHOTO_CREDIT.test(line) || IMAGE_SOURCE.test(line))) return 'photo-credit';
  if (CAPTION_LABEL.test(line)) return 'caption-label';
  if (RELATIVE_TIME.test(line)) return 'timestamp';
  if (words <= 14 && isTimestampLine(line)) return 'timestamp';
  if (CHROME_LINES.some((pattern) => pattern.test(line))) return 'chrome';
  if (words <= 40 && (STRONG_PROMO.test(line) || COOKIE.test(line))) return 'chrome';
  if (words <= 5 && WEAK_PROMO.test(line) && !/[.!?]["”’]?$/.test(line)) return 'chrome';
  return null;
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const WEEKDAYS =
  'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|lunes|martes|miércoles|jueves|viernes|sábado|domingo';
const STAMP_WORDS =
  'date|dated|published|updated|posted|last|modified|first|on|at|de|del|of|the|local|time|hrs?|et|edt|est|ct|cdt|cst|pt|pdt|pst|gmt|utc|bst|cet|cest';
const STAMP_TOKEN = new RegExp(`(?<![\\p{L}])(?:${MONTHS}|${WEEKDAYS}|${STAMP_WORDS})\\.?(?![\\p{L}])`, 'giu');

/** A line holding only a date and/or time ("March 3, 2019, 4:15 p.m. ET", "Updated 03/04/2019, 09:20 AM"). */
export function isTimestampLine(line: string): boolean {
  const rest = line
    .replace(/\bsource\s*:\s*\S+/gi, ' ')
    .replace(/\b[ap]\.?m\.?(?![\p{L}])/giu, ' ')
    .replace(STAMP_TOKEN, ' ');
  return /\d/.test(line) && /^[\d\s:/.,\-–—|()]*$/.test(rest);
}

/** Strips a scraper's date stamp glued to the start of a paragraph ("date 2019-03-04 The council …"). */
export function stripLeadingDateStamp(line: string): string {
  return line.replace(/^(?:date|published|updated|posted)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?\s+(?=\S)/i, '');
}

/** Lines after which an unrelated story may follow (end of one article's copy). */
export function isEndOfCopyMarker(kind: string | null | undefined): boolean {
  return kind === 'wire-credit' || kind === 'copyright' || kind === 'advert';
}
