import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { addressSourceName } from '@/server/services/by-address/address-article';
import { extractArticle, textBlocks } from '@/server/services/by-address/extract-article';

const blocksOf = (html: string) => textBlocks(new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root')!);

describe('extract article', () => {
  it.each([
    ['paragraphs', '<p>One.</p><p>Two <em>words</em>.</p>', ['One.', 'Two words.']],
    ['text written into divs', '<div>One.</div><div>Two.</div>', ['One.', 'Two.']],
    ['a div cut by <br><br>', '<div>One.<br><br>Two.<br>Still two.</div>', ['One.', 'Two. Still two.']],
    ['text around a block', '<div>Before.<p>Inside.</p>After.</div>', ['Before.', 'Inside.', 'After.']],
    ['list items and headings', '<h2>Sub</h2><ul><li>A</li><li>B</li></ul>', ['Sub', 'A', 'B']],
    ['a blockquote of paragraphs', '<blockquote><p>Q1.</p><p>Q2.</p></blockquote>', ['Q1.', 'Q2.']],
    ['non-breaking and repeated spaces', '<p>One\u00a0 two\n three</p>', ['One two three']],
  ])('extract article: %s become text blocks', (_what, html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });

  it('extract article: scripts in the page never run and are not text', () => {
    const body = Array.from(
      { length: 6 },
      (_, i) => `<p>Paragraph ${i} of a story long enough for the reader to keep it as the article text.</p>`,
    ).join('');
    const article = extractArticle(
      `<html><head><title>T</title></head><body><h1>Headline here</h1><article>${body}<script>globalThis.__ran = 1; document.write('INJECTED')</script></article></body></html>`,
      'https://news.example/story',
    );
    expect((globalThis as { __ran?: number }).__ran).toBeUndefined();
    expect(article.text).not.toContain('INJECTED');
    expect(article.text.startsWith('Headline here\n\nParagraph 0')).toBe(true);
  });

  it('extract article: an address names its article stably and safely', () => {
    const name = addressSourceName('https://www.news.example/world/2024/03/12/bridge-vote.html?ref=home#comments');
    expect(name).toMatch(/^news-example-bridge-vote-[0-9a-f]{8}\.html$/);
    expect(addressSourceName('https://www.news.example/world/2024/03/12/bridge-vote.html?ref=home')).toBe(name);
    expect(addressSourceName('https://news.example/../../etc/passwd')).toMatch(/^news-example-passwd-[0-9a-f]{8}\.html$/);
    expect(addressSourceName('https://news.example/')).toMatch(/^news-example-[0-9a-f]{8}\.html$/);
  });
});
