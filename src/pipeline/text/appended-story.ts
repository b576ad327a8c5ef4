// Scraped pages sometimes carry a second, unrelated story after the article (a wire item
// pasted under the piece, the next story of a feed). Two generic signs mark the boundary:
//  1. after the end of one story's copy (a wire credit, a copyright line, an ad slot) comes
//     a new title-like line followed by a dateline, byline or date stamp;
//  2. a closing section that opens with a title-like line never mentions the subject the
//     article opened with (the most frequent name of the headline, dek and lede) and carries
//     a wire sign of its own: a dateline, or a wire credit after it.
// Both cut from the boundary to the end. A section about something else is not enough on
// its own: articles legitimately end with background sections.
import { isEndOfCopyMarker } from './chrome-patterns';
import { type CleanItem, isKept } from './clean-items';
import { foldAccents } from './fold-accents';
import { wordCount } from './normalise-space';
import { isTitleLike, startsWithDateline } from './paragraph-shapes';

/** How much of the opening defines the article's subject: the headline, dek and lede… */
const LEAD_WORDS = 150;
/** …but never more than this share of the article, so a closing section stays outside it. */
const LEAD_SHARE = 0.4;
const MIN_SECTION_PARAGRAPHS = 3;
/** Capitalised words that are not names: sentence openers, titles, days, months. */
const NOT_NAMES = new Set(
  (
    'the a an and but or if in on at to of for from by with as while when after before during this that these those it its ' +
    'he she they we you his her their our i mr mrs ms dr gen sen rep gov president vice minister secretary prime senator ' +
    'representative governor chairman chief king queen pope monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december meanwhile still however ' +
    'also so yet then there here what who how why where can will would could should has have had is are was were'
  ).split(' '),
);

/** Index (into items) of the first item of an appended unrelated story, or -1. */
export function findAppendedStory(items: CleanItem[], headlineIndex: number): number {
  const afterEndOfCopy = findStoryAfterEndOfCopy(items);
  if (afterEndOfCopy >= 0) return afterEndOfCopy;

  const kept = items.map((item, index) => ({ item, index })).filter(({ item }) => isKept(item));
  const lead: string[] = [];
  let leadWords = 0;
  let leadEnd = 0;
  for (; leadEnd < kept.length; leadEnd++) {
    if (leadWords >= LEAD_WORDS || lead.length >= Math.max(2, kept.length * LEAD_SHARE)) break;
    const { item, index } = kept[leadEnd];
    if (item.caption && index !== headlineIndex) continue;
    lead.push(item.text);
    leadWords += wordCount(item.text);
  }
  const subject = mostFrequentName(lead.join(' '));
  if (subject === null) return -1;

  // Walking back from the end: does the rest of the article mention the subject, and how much body is there?
  const lastWireCredit = items.findLastIndex((item) => item.drop === 'wire-credit');
  let boundary = -1;
  let bodyAfter = 0;
  for (let k = kept.length - 1; k >= leadEnd; k--) {
    const { item, index } = kept[k];
    if (nameTokens(item.text).includes(subject)) break;
    const firstBody = kept.slice(k + 1, k + 2).find(({ item: next }) => !next.caption);
    const wireSign = lastWireCredit > index || (firstBody !== undefined && startsWithDateline(firstBody.item.text));
    if (!item.caption && isTitleLike(item.text) && bodyAfter >= MIN_SECTION_PARAGRAPHS && wireSign) boundary = index;
    if (!item.caption) bodyAfter++;
  }
  return boundary;
}

function findStoryAfterEndOfCopy(items: CleanItem[]): number {
  for (let i = 0; i < items.length; i++) {
    if (!isEndOfCopyMarker(items[i].drop)) continue;
    let next = i + 1;
    while (next < items.length && !isKept(items[next])) next++;
    if (next >= items.length || !isTitleLike(items[next].text)) continue;
    let after = next + 1;
    while (after < items.length && !isKept(items[after]) && !['byline', 'timestamp'].includes(items[after].drop ?? '')) after++;
    if (after < items.length && (!isKept(items[after]) || startsWithDateline(items[after].text))) return next;
  }
  return -1;
}

/** Lower-cased, accent-folded capitalised words that may be names (possessives stripped). */
export function nameTokens(text: string): string[] {
  const tokens = foldAccents(text).match(/\p{Lu}[\p{L}-]+(?:['’]s?)?/gu) ?? [];
  return tokens.map((token) => token.replace(/['’]s?$/, '').toLowerCase()).filter((token) => token.length >= 3 && !NOT_NAMES.has(token));
}

/** The name mentioned most often in the text (at least twice), or null. */
export function mostFrequentName(text: string): string | null {
  const counts = new Map<string, number>();
  for (const token of nameTokens(text)) counts.set(token, (counts.get(token) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 1;
  for (const [token, count] of counts) {
    if (count > bestCount) [best, bestCount] = [token, count];
  }
  return best;
}
