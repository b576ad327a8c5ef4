// The working list of the cleaning stage: one item per candidate paragraph, in file order.
// Dropped items stay in the list with the reason, because where chrome sat is itself
// evidence (a dek is followed by "Continue reading", a wire credit ends a story's copy).
import type { ParagraphKind } from '../types';
import { type ChromeKind, chromeKind, stripLeadingDateStamp } from './chrome-patterns';
import { comparisonKey } from './fold-accents';
import { wordCount } from './normalise-space';
import { isTitleLike, splitTranscriptTurns, stripBulletMarker } from './paragraph-shapes';
import { detachPhotoCredit, looksLikeCaption } from './photo-captions';

export type DropReason = ChromeKind | 'duplicate' | 'headline-copy' | 'after-end' | 'appended-story' | 'teaser';

export interface CleanItem {
  text: string;
  drop?: DropReason;
  caption?: boolean;
  bullet?: boolean;
  kind?: ParagraphKind;
}

export const isKept = (item: CleanItem): boolean => item.drop === undefined;

/** Builds items from raw paragraphs: chrome marked, bullets and photo credits stripped, transcript turns split. */
export function prepareItems(paragraphs: string[]): CleanItem[] {
  const items: CleanItem[] = [];
  for (const paragraph of paragraphs) {
    // A stray bracket or comma left where a link or an icon was cut out: ") Agency. Caption…"
    const text = stripLeadingDateStamp(paragraph).replace(/^[)\],;:.|]+\s*(?=\S)/, '');
    const bulletText = stripBulletMarker(text);
    const chrome = chromeKind(text) ?? (bulletText === null ? null : chromeKind(bulletText));
    const previous = items[items.length - 1]?.drop;
    if (chrome !== null || (previous === 'byline' && isBylineContinuation(text))) {
      items.push({ text, drop: chrome ?? 'byline' });
      continue;
    }
    const detached = detachPhotoCredit(bulletText ?? text);
    const caption = previous === 'caption-label' || detached.credited || looksLikeCaption(detached.text);
    for (const turn of caption ? [detached.text] : splitTranscriptTurns(detached.text)) {
      items.push({ text: turn, caption: caption || undefined, bullet: bulletText !== null || undefined });
    }
  }
  return items;
}

/** The author's role or desk printed under a byline ("Economics correspondent", "Wire Service, Lima"). */
function isBylineContinuation(text: string): boolean {
  return wordCount(text) <= 6 && !/[.!?:;"”’]$/.test(text);
}

/** Drops everything from a comment form or a related-links list on, once some article text was seen. */
export function applyEndMarkers(items: CleanItem[]): void {
  let keptBefore = 0;
  for (let i = 0; i < items.length; i++) {
    if (items[i].drop === 'end' && keptBefore >= 3) {
      for (let j = i + 1; j < items.length; j++) items[j].drop ??= 'after-end';
      return;
    }
    if (isKept(items[i])) keptBefore++;
  }
}

/**
 * An embedded social post is printed as its text followed by a "— Name (@handle) date"
 * signature. The text is taken to be the paragraphs just before the signature, up to the
 * length limit of such a post, stopping at a paragraph that introduces it ("…wrote:").
 */
export function dropSocialEmbeds(items: CleanItem[]): void {
  for (let i = 0; i < items.length; i++) {
    if (items[i].drop !== 'social-embed') continue;
    let length = 0;
    for (let j = i - 1; j >= 0; j--) {
      if (!isKept(items[j])) continue;
      const text = items[j].text;
      length += text.replace(/https?:\/\/\S+/g, '').length;
      if (length > 280 || /:["”’]?$/.test(text) || /\b(?:said|says|wrote|writes|tweeted|posted)\b/.test(text)) break;
      items[j].drop = 'social-embed';
    }
  }
}

/** A related-story teaser card: a title line, then a blurb that repeats the title and runs on. */
export function dropTeaserCards(items: CleanItem[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const [title, blurb] = [items[i], items[i + 1]];
    if (!isKept(title) || !isKept(blurb) || !isTitleLike(title.text, 15)) continue;
    if (blurb.text.startsWith(`${title.text} `) && wordCount(blurb.text) > wordCount(title.text) + 3) {
      title.drop = 'teaser';
      blurb.drop = 'teaser';
    }
  }
}

/**
 * Drops repeated paragraphs, keeping the first copy. A paragraph printed twice in a row, or
 * twice with caption evidence on either copy, is a photo caption (image alt text + caption).
 * A copy of the headline (a video title repeating it) is only dropped.
 */
export function dropDuplicates(items: CleanItem[], headlineIndex: number): void {
  const firstByKey = new Map<string, number>();
  let previousKept = -1;
  for (let i = 0; i < items.length; i++) {
    if (!isKept(items[i])) continue;
    const key = comparisonKey(items[i].text);
    const first = firstByKey.get(key);
    if (key === '') {
      items[i].drop = 'chrome';
    } else if (first === undefined) {
      firstByKey.set(key, i);
      previousKept = i;
    } else {
      items[i].drop = first === headlineIndex ? 'headline-copy' : 'duplicate';
      const adjacent = first === previousKept;
      if (first !== headlineIndex && (adjacent || items[i].caption || items[first].caption)) items[first].caption = true;
    }
  }
}
