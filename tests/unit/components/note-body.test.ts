import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NoteBody } from '@/components/ui/note-body';

// The renderer puts newlines between block elements; they carry no meaning here.
const render = (body: string) => renderToStaticMarkup(createElement(NoteBody, { body })).replace(/\n/g, '');

/** The markup's tag names, so a test can say which elements exist at all. */
const tags = (html: string) => [...html.matchAll(/<([a-z][a-z0-9]*)\b/g)].map((match) => match[1]);

describe('NoteBody', () => {
  it('NoteBody: renders emphasis, strong and inline code', () => {
    const html = render('Read *carefully*, **twice**, and search for `budget`.');
    expect(html).toContain('<em>carefully</em>');
    expect(html).toContain('<strong>twice</strong>');
    expect(html).toMatch(/<code[^>]*>budget<\/code>/);
  });

  it('NoteBody: renders bullet and numbered lists', () => {
    const html = render('Check:\n\n- the date\n- the figure\n\n1. first\n2. second');
    expect(html).toMatch(/<ul[^>]*><li>the date<\/li><li>the figure<\/li><\/ul>/);
    expect(html).toMatch(/<ol[^>]*><li>first<\/li><li>second<\/li><\/ol>/);
  });

  it('NoteBody: web and mail links become links marked as user content', () => {
    const html = render('See [the report](https://example.org/report) or [write](mailto:desk@example.org).');
    expect(html).toContain('href="https://example.org/report"');
    expect(html).toContain('href="mailto:desk@example.org"');
    expect(html.match(/rel="nofollow noopener noreferrer ugc"/g)).toHaveLength(2);
  });

  it.each([
    ['javascript:', '[click me](javascript:alert(1))'],
    ['javascript: with an entity', '[click me](jav&#x61;script:alert(1))'],
    ['data:', '[click me](data:text/html;base64,PHNjcmlwdD4=)'],
    ['a relative path', '[click me](/api/stories/x/annotations)'],
    ['vbscript:', '[click me](vbscript:msgbox)'],
    ['javascript: autolink', '<javascript:alert(1)> click me'],
  ])('NoteBody: a %s link is shown as its words, not a link', (_, body) => {
    const html = render(body);
    expect(tags(html)).not.toContain('a');
    expect(html).toContain('click me');
    expect(html).not.toMatch(/href=/);
  });

  it('NoteBody: a script block is shown as the characters typed', () => {
    const html = render('Before\n\n<script>window.__xss = 1</script>\n\nAfter');
    expect(tags(html)).not.toContain('script');
    expect(html).toContain('&lt;script&gt;window.__xss = 1&lt;/script&gt;');
    expect(html).toContain('After');
  });

  it('NoteBody: an image tag with an onerror handler is text, with no live attribute', () => {
    const html = render('Context <img src=x onerror="window.__xss=2"> here');
    expect(tags(html)).not.toContain('img');
    expect(html).not.toMatch(/<[^>]*onerror/);
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;');
  });

  it.each([
    ['<b>bold</b>', '&lt;b&gt;bold&lt;/b&gt;'],
    ['<a href="https://example.org">x</a>', '&lt;a href=&quot;https://example.org&quot;&gt;'],
    ['<iframe src="https://example.org"></iframe>', '&lt;iframe'],
    ['<div onclick="x()">block</div>', '&lt;div onclick=&quot;x()&quot;&gt;'],
  ])('NoteBody: raw HTML %s is text', (body, escaped) => {
    const html = render(body);
    expect(html).toContain(escaped);
    expect(tags(html).filter((tag) => !['div', 'p'].includes(tag))).toEqual([]);
  });

  it('NoteBody: Markdown images are not rendered; their description stays', () => {
    const html = render('A chart ![the chart](https://example.org/x.png) and ![](https://example.org/y.png)');
    expect(tags(html)).not.toContain('img');
    expect(html).not.toContain('example.org');
    expect(html).toContain('the chart');
  });

  it('NoteBody: headings become bold paragraphs, not headings', () => {
    const html = render('# Background\n\nText');
    expect(tags(html).some((tag) => /^h[1-6]$/.test(tag))).toBe(false);
    expect(html).toContain('<p><strong>Background</strong></p>');
  });

  it('NoteBody: a newline is a line break and a blank line a new paragraph', () => {
    const html = render('line one\nline two\n\nnext');
    expect(html).toContain('<p>line one<br/>line two</p><p>next</p>');
  });

  it('NoteBody: a quotation is a blockquote', () => {
    expect(render('> as the mayor said')).toMatch(/<blockquote[^>]*>\s*<p>as the mayor said<\/p>\s*<\/blockquote>/);
  });

  it('NoteBody: an empty note renders nothing visible', () => {
    expect(tags(render(''))).toEqual(['div']);
  });
});
