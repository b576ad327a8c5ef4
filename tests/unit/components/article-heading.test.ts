import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleBody, ArticleHeadline } from '@/components/article/article-reader';
import { buildArticleView } from '@/components/article/article-view';
import type { ArticleReadingDto } from '@/server/data/articles/get-article-reading';

// The stored headline is cleaned at import, but the page's heading is the headline paragraph
// of the article's text, which keeps what the article held (spans point into it by offset).
const headline = 'Harbour \u202Egdirb\u202C bridge\u200B approved';
const body = 'The council approved the bridge on Tuesday.';
const text = `${headline}\n${body}`;
const bodyStart = headline.length + 1;

const reading: ArticleReadingDto = {
  id: 1,
  storySlug: 'bridge',
  sourceFile: 'a.txt',
  outlet: { slug: 'gazette', name: 'Gazette' },
  headline: 'Harbour gdirb bridge approved',
  publishedAt: '2024-03-04T12:00:00.000Z',
  url: null,
  language: 'en',
  wordCount: 12,
  familyKey: null,
  skippedStages: [],
  cleanedText: text,
  paragraphs: [
    { id: 1, index: 0, kind: 'headline', start: 0, end: headline.length },
    { id: 2, index: 1, kind: 'body', start: bodyStart, end: text.length },
  ],
  sentences: [
    { id: 11, index: 0, paragraphId: 1, start: 0, end: headline.length },
    { id: 12, index: 1, paragraphId: 2, start: bodyStart, end: text.length },
  ],
  quotes: [],
  claims: [],
};

describe('the article heading (issue 12, item 12)', () => {
  const view = buildArticleView(reading, { articles: [], groups: [] });

  it('renders a headline whose text holds a bidirectional override without it, nor any other invisible character', () => {
    const html = renderToStaticMarkup(createElement(ArticleHeadline, { view }));
    expect(html).toContain('Harbour gdirb bridge approved');
    expect(html).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
  });

  it('keeps the view at the stored offsets: the text is cleaned where it is shown, not sliced differently', () => {
    const part = view.headline?.parts[0];
    expect(part?.type === 'sentence' && part.segments.map((segment) => [segment.start, segment.end, segment.text])).toEqual([
      [0, headline.length, headline],
    ]);
    expect(renderToStaticMarkup(createElement(ArticleBody, { view }))).toContain(body);
  });

  it('cleans the stored headline it falls back to when the text has no headline paragraph', () => {
    const bare = buildArticleView(
      { ...reading, headline: 'Bay \u202ETimes', paragraphs: reading.paragraphs.slice(1), sentences: reading.sentences.slice(1) },
      { articles: [], groups: [] },
    );
    expect(renderToStaticMarkup(createElement(ArticleHeadline, { view: bare }))).not.toContain('\u202E');
  });
});
