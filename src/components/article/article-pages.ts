// A long article is read in pages of at most PAGE_CHARS characters of text, so that no page
// grows with the article: pages break between sentences, and a single sentence longer than
// a page (a text with no sentence breaks) is cut with "…" (its full text is on the
// article's plain-text page). Articles of ordinary length are one page.
import type { ArticleView, GapPart, ParagraphView, SentencePart } from './article-view';

export const PAGE_CHARS = 60_000;

type Part = SentencePart | GapPart;

const lengthOf = (part: Part) =>
  part.type === 'gap' ? part.text.length : part.segments.reduce((sum, segment) => sum + segment.text.length, 0);

/** The part cut to `max` characters, ending with "…". */
function clipPart(part: Part, max: number): Part {
  if (part.type === 'gap') return { ...part, text: `${part.text.slice(0, max)}…` };
  const segments: SentencePart['segments'] = [];
  let left = max;
  for (const segment of part.segments) {
    if (left <= 0) break;
    const text = segment.text.length > left ? `${segment.text.slice(0, left)}…` : segment.text;
    segments.push({ ...segment, text, quoteEnd: text === segment.text ? segment.quoteEnd : null });
    left -= segment.text.length;
  }
  return { ...part, segments };
}

export interface ArticlePage {
  paragraphs: ParagraphView[];
  page: number;
  pages: number;
  /** A sentence longer than a page was cut. */
  clipped: boolean;
}

/** Page `page` (1-based) of the article's body, or null when there is no such page. */
export function articlePage(view: ArticleView, page: number, pageChars = PAGE_CHARS): ArticlePage | null {
  const pages: ParagraphView[][] = [[]];
  let used = 0;
  let clipped = false;
  for (const paragraph of view.paragraphs) {
    let current: ParagraphView | null = null;
    for (const part of paragraph.parts) {
      const length = lengthOf(part);
      if (used > 0 && used + length > pageChars) {
        pages.push([]);
        used = 0;
        current = null;
      }
      if (!current) {
        current = { ...paragraph, parts: [] };
        pages.at(-1)!.push(current);
      }
      clipped ||= length > pageChars;
      current.parts.push(length > pageChars ? clipPart(part, pageChars) : part);
      used += Math.min(length, pageChars);
    }
    if (paragraph.parts.length === 0) pages.at(-1)!.push(paragraph);
  }
  if (!Number.isInteger(page) || page < 1 || page > pages.length) return null;
  return { paragraphs: pages[page - 1], page, pages: pages.length, clipped };
}
