// Stage "clean": raw scraped text → cleaned article text with typed paragraph spans.
// Every later annotation is a span into the text produced here, so this text is final.

import { findAppendedStory } from '../text/appended-story';
import { classifyItems } from '../text/classify-paragraphs';
import {
  applyEndMarkers,
  type CleanItem,
  dropDuplicates,
  dropSocialEmbeds,
  dropTeaserCards,
  isKept,
  prepareItems,
} from '../text/clean-items';
import { normaliseText, wordCount } from '../text/normalise-space';
import { endsWithSentencePunctuation, isHeadlineLike, stripDateline, stripHeadlineStamp } from '../text/paragraph-shapes';
import { splitParagraphs } from '../text/split-paragraphs';
import type { ParagraphSpan, Stage } from '../types';

// A type alias (not an interface) so it is assignable to the ArticleDoc fields it fills.
export type CleanedArticle = {
  /** Kept paragraphs joined by a blank line. */
  text: string;
  /** The headline paragraph's text; without one, the opening sentence of the article. */
  headline: string;
  paragraphs: ParagraphSpan[];
};

export const PARAGRAPH_SEPARATOR = '\n\n';

/** Pure: cleans one scraped article. */
export function cleanArticleText(raw: string): CleanedArticle {
  const items = prepareItems(splitParagraphs(normaliseText(raw)));
  applyEndMarkers(items);
  dropSocialEmbeds(items);
  dropTeaserCards(items);
  const headlineIndex = chooseHeadline(items);
  dropDuplicates(items, headlineIndex);
  const appendedAt = findAppendedStory(items, headlineIndex);
  if (appendedAt >= 0) for (let i = appendedAt; i < items.length; i++) items[i].drop ??= 'appended-story';
  classifyItems(items, headlineIndex);
  return assemble(items.filter(isKept));
}

/**
 * The first kept line is the headline when it reads like one (pages without a headline
 * start with the lede). One- and two-word lines above it are the site's navigation menu.
 */
function chooseHeadline(items: CleanItem[]): number {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isKept(item) || item.caption || item.bullet) continue;
    if (wordCount(item.text) <= 2 && !endsWithSentencePunctuation(item.text)) {
      item.drop = 'chrome';
      continue;
    }
    const candidate = stripHeadlineStamp(item.text);
    if (!isHeadlineLike(candidate)) return -1;
    item.text = candidate;
    return i;
  }
  return -1;
}

function assemble(kept: CleanItem[]): CleanedArticle {
  const paragraphs: ParagraphSpan[] = [];
  let offset = 0;
  for (const item of kept) {
    if (paragraphs.length > 0) offset += PARAGRAPH_SEPARATOR.length;
    paragraphs.push({ kind: item.kind ?? 'body', start: offset, end: offset + item.text.length });
    offset += item.text.length;
  }
  const text = kept.map((item) => item.text).join(PARAGRAPH_SEPARATOR);
  const headlineItem = kept.find((item) => item.kind === 'headline');
  const lead = kept.find((item) => item.kind === 'body' || item.kind === 'standfirst') ?? kept[0];
  const headline = headlineItem?.text ?? (lead ? openingSentence(stripDateline(lead.text)) : '');
  return { text, headline, paragraphs };
}

const ABBREVIATION =
  /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr|Inc|Corp|Co|No|vs|etc|(?:\p{L}\.)+\p{L})\.$/u;
const MAX_FALLBACK_HEADLINE = 200;

/** The first sentence of a paragraph, for articles whose page headline was not scraped. */
export function openingSentence(paragraph: string): string {
  const ends = /[.!?]["”’]?(?=\s+["“‘']?\p{Lu})/gu;
  let sentence = paragraph;
  for (let match = ends.exec(paragraph); match; match = ends.exec(paragraph)) {
    const upTo = paragraph.slice(Math.max(0, match.index - 20), match.index + 1);
    if (match[0].startsWith('.') && ABBREVIATION.test(upTo)) continue;
    sentence = paragraph.slice(0, match.index + match[0].length);
    break;
  }
  if (sentence.length <= MAX_FALLBACK_HEADLINE) return sentence;
  const clipped = sentence.slice(0, MAX_FALLBACK_HEADLINE);
  return `${clipped.slice(0, clipped.lastIndexOf(' '))}…`;
}

export const cleanStage: Stage = {
  name: 'clean',
  requires: [],
  assigns: ['text', 'headline', 'paragraphs'],
  run: (doc) => cleanArticleText(doc.input.rawText),
};
