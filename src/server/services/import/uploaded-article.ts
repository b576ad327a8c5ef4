import 'server-only';
import { createHash } from 'node:crypto';
import { convert } from 'html-to-text';
import { AppError } from '../../errors';
import { type ArticleFile, decodeArticleBytes, MAX_ARTICLE_BYTES } from './read-article-file';

const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md']);
const HTML_EXTENSIONS = new Set(['html', 'htm']);
const ALLOWED_TYPES = new Set(['', 'text/plain', 'text/markdown', 'text/html', 'application/xhtml+xml']);

/**
 * A safe source-file name from whatever the browser sent: the base name only (no folders,
 * no "..", no control characters), letters, digits, dots, dashes and underscores, and a
 * short content hash so an upload never silently replaces another article of the story.
 */
export function safeSourceName(name: string, bytes: Buffer): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const stem =
    base
      .replace(/\.[^.]*$/, '')
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'article';
  return `${stem}-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.txt`;
}

/** An article from a pasted text or an uploaded .txt/.html file, validated like a file on disk. */
export async function articleFromUpload({ text, file }: { text?: string | null; file?: File | null }): Promise<ArticleFile> {
  if (file && file.size > 0) {
    const extension = (file.name.split('.').pop() ?? '').toLowerCase();
    if (!TEXT_EXTENSIONS.has(extension) && !HTML_EXTENSIONS.has(extension)) {
      throw new AppError('invalid_input', `${file.name}: upload a .txt or .html file (this one ends in .${extension || 'nothing'})`, {
        status: 415,
      });
    }
    if (!ALLOWED_TYPES.has(file.type.split(';')[0].trim().toLowerCase())) {
      throw new AppError('invalid_input', `${file.name}: its content type ${file.type} is not text; upload a .txt or .html file`, {
        status: 415,
      });
    }
    if (file.size > MAX_ARTICLE_BYTES)
      throw new AppError('file_too_large', `${file.name}: ${file.size} bytes is over the ${MAX_ARTICLE_BYTES}-byte limit`, { status: 413 });
    const bytes = Buffer.from(await file.arrayBuffer());
    const name = safeSourceName(file.name, bytes);
    const decoded = decodeArticleBytes(name, bytes);
    if (!HTML_EXTENSIONS.has(extension)) return decoded;
    // HTML becomes text: paragraphs as blank-line-separated blocks, links and images dropped.
    const textOfHtml = htmlToText(file.name, decoded.rawText);
    return decodeArticleBytes(name, Buffer.from(textOfHtml, 'utf8'));
  }
  if (text && text.trim().length > 0) {
    const bytes = Buffer.from(text.replace(/\r\n/g, '\n'), 'utf8');
    return decodeArticleBytes(safeSourceName('pasted', bytes), bytes);
  }
  throw new AppError('invalid_input', "Paste the article's text or choose a .txt or .html file.");
}

function htmlToText(fileName: string, html: string): string {
  try {
    return convert(html, {
      wordwrap: false,
      selectors: [
        { selector: 'a', options: { ignoreHref: true } },
        { selector: 'img', format: 'skip' },
        { selector: 'script', format: 'skip' },
        { selector: 'style', format: 'skip' },
        { selector: 'nav', format: 'skip' },
        { selector: 'h1', options: { uppercase: false } },
        { selector: 'h2', options: { uppercase: false } },
        { selector: 'h3', options: { uppercase: false } },
      ],
    });
  } catch (error) {
    // The converter recurses once per nesting level: thousands of nested tags exhaust the stack.
    if (error instanceof RangeError)
      throw new AppError(
        'invalid_input',
        `${fileName}: the HTML is nested too deeply to read; save the article as plain text and upload that.`,
        { status: 422 },
      );
    throw error;
  }
}
