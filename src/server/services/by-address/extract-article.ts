import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { type PageMetadata, readPageMetadata } from './page-metadata';

// The article inside a saved or fetched page: Mozilla's Readability (Firefox's Reader View)
// finds the main content on a standards-compliant DOM (jsdom, scripts never run, nothing
// loaded). What it keeps is then written out as text blocks, one per paragraph, for the
// same pipeline that reads pasted articles. Pure (no database, no 'server-only'): it runs on
// an analysis thread, since parsing a page of a few megabytes takes seconds.

export interface ExtractedArticle {
  headline: string;
  /** Body paragraphs in order (the dateline stays at the head of the first one, as published). */
  paragraphs: string[];
  /** Headline and paragraphs, blank-line separated: the article's raw text for the pipeline. */
  text: string;
  byline: string | null;
  metadata: PageMetadata;
}

// Inside the content Readability chose, these are never article text: pictures and their
// captions and credits, embedded players, forms (newsletter sign-ups), and asides.
const NOT_TEXT = 'figure, figcaption, picture, img, video, audio, iframe, form, button, aside, nav, footer, svg, noscript, script, style';
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'TH']);
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'BODY']);

export class ExtractionFailed extends Error {
  // The name survives the trip back from an analysis thread; the class does not.
  override name = 'ExtractionFailed';
}

export function extractArticle(html: string, pageUrl: string, contentType = 'text/html'): ExtractedArticle {
  if (contentType === 'text/plain') return fromPlainText(html, pageUrl);
  const dom = new JSDOM(html, { url: pageUrl, virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    const metadata = readPageMetadata(document, pageUrl);
    removePaywallPrompts(document, metadata.paywallSelectors);
    if (document.body) dropBoxes(document.body);
    // Readability changes the document it reads; the metadata was taken first.
    const parsed = new Readability(document, { charThreshold: 200, keepClasses: false }).parse();
    if (!parsed?.content) throw new ExtractionFailed('no article text was found on the page');
    const container = document.createElement('div');
    container.innerHTML = parsed.content;
    for (const element of container.querySelectorAll(NOT_TEXT)) element.remove();
    const headline = metadata.headline?.value ?? parsed.title?.trim() ?? '';
    const paragraphs = textBlocks(container).filter((block, index) => !(index === 0 && sameText(block, headline)));
    if (paragraphs.length === 0) throw new ExtractionFailed('no article text was found on the page');
    return {
      headline,
      paragraphs,
      text: [headline, ...paragraphs].filter(Boolean).join('\n\n'),
      byline: parsed.byline?.trim() || null,
      metadata,
    };
  } finally {
    dom.window.close();
  }
}

function fromPlainText(text: string, pageUrl: string): ExtractedArticle {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map(squash)
    .filter(Boolean);
  if (blocks.length === 0) throw new ExtractionFailed('the page is empty');
  const dom = new JSDOM('', { url: pageUrl, virtualConsole: new VirtualConsole() });
  const metadata = readPageMetadata(dom.window.document, pageUrl);
  dom.window.close();
  return { headline: blocks[0], paragraphs: blocks.slice(1), text: blocks.join('\n\n'), byline: null, metadata };
}

/**
 * The parts schema.org marks as not free: removed when short (a subscription prompt); a
 * long one is the article itself served to search engines, and is kept.
 */
function removePaywallPrompts(document: Document, selectors: string[]): void {
  for (const selector of selectors) {
    let elements: Element[];
    try {
      elements = [...document.querySelectorAll(selector)];
    } catch {
      continue; // not a valid selector
    }
    for (const element of elements) if (squash(element.textContent ?? '').length < PROMPT_CHARS) element.remove();
  }
}

const PROMPT_CHARS = 500;
const CAPTION_CHARS = 150;
const SIGN_UP_CHARS = 300;
const AD_LABEL = /^(advertisement|advertising|ad|sponsored|publicidad|publicité|anzeige|werbung|pubblicità)$/i;

/**
 * What Readability would keep but is not article text, judged by structure, not by site
 * (before Readability runs, while forms are still there): the largest box of short text
 * around a form (a newsletter sign-up), around a picture (its caption and credit), and a
 * block that only says "Advertisement".
 */
function dropBoxes(container: Element): void {
  const outermostShort = (start: Element, limit: number): Element => {
    let box = start;
    while (box.parentElement && box.parentElement !== container && squash(box.parentElement.textContent ?? '').length < limit)
      box = box.parentElement;
    return box;
  };
  for (const form of [...container.querySelectorAll('form, input, button')])
    if (container.contains(form)) outermostShort(form, SIGN_UP_CHARS).remove();
  for (const picture of [...container.querySelectorAll('img, picture, figure')])
    if (container.contains(picture)) outermostShort(picture, CAPTION_CHARS).remove();
  for (const block of [...container.querySelectorAll('div, p, span')])
    if (container.contains(block) && AD_LABEL.test(squash(block.textContent ?? ''))) block.remove();
}

/**
 * One text block per paragraph: a <p>, heading or list item is one block; text written
 * straight into a <div> (pages that use <div>s or <br><br> for paragraphs) is cut at the
 * block elements and blank lines around it.
 */
export function textBlocks(root: Element): string[] {
  const blocks: string[] = [];
  let inline = '';
  const flush = () => {
    for (const part of inline.split(/\n\s*\n/)) {
      const text = squash(part);
      if (text) blocks.push(text);
    }
    inline = '';
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        inline += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (element.tagName === 'BR') {
        inline += '\n';
        continue;
      }
      if (BLOCKS.has(element.tagName) && !hasBlockChild(element)) {
        flush();
        inline = element.textContent ?? '';
        flush();
        continue;
      }
      if (BLOCKS.has(element.tagName) || CONTAINERS.has(element.tagName)) {
        flush();
        walk(element);
        flush();
        continue;
      }
      walk(element); // inline element (a, em, span, strong…): its text joins the current block
    }
  };
  walk(root);
  flush();
  return blocks;
}

function hasBlockChild(element: Element): boolean {
  for (const child of element.children) if (BLOCKS.has(child.tagName) || CONTAINERS.has(child.tagName)) return true;
  return false;
}

function squash(text: string): string {
  return text.replace(/[ \t\f\v\r\n\u00a0]+/g, ' ').trim();
}

function sameText(a: string, b: string): boolean {
  const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return key(a) !== '' && key(a) === key(b);
}
