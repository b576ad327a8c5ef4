import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../errors';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface ArticleFile {
  sourceFile: string;
  rawText: string;
  contentHash: string;
}

/**
 * Validates and decodes one article. Every refusal names the file and what was wrong,
 * so that a batch can be rejected before anything touches the database.
 */
export function decodeArticleBytes(name: string, bytes: Buffer, maxBytes = MAX_ARTICLE_BYTES): ArticleFile {
  if (bytes.length > maxBytes) {
    throw new AppError('file_too_large', `${name}: ${bytes.length} bytes is over the ${maxBytes}-byte limit for one article`, {
      file: name,
    });
  }
  if (bytes.includes(0)) {
    throw new AppError('file_binary', `${name}: looks like a binary file (it contains NUL bytes); expected plain text`, { file: name });
  }
  let rawText: string;
  try {
    rawText = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('file_encoding', `${name}: is not valid UTF-8 text; convert it to UTF-8 and try again`, { file: name });
  }
  if (rawText.charCodeAt(0) === 0xfeff) rawText = rawText.slice(1);
  if (rawText.trim().length === 0) {
    throw new AppError('file_empty', `${name}: is empty; an article needs text`, { file: name });
  }
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  return { sourceFile: name, rawText, contentHash };
}

export async function readArticleFile(filePath: string, maxBytes = MAX_ARTICLE_BYTES): Promise<ArticleFile> {
  const name = path.basename(filePath);
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw new AppError('file_missing', `${filePath}: is not a file`, { file: filePath });
    size = info.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('file_missing', `${filePath}: file not found`, { file: filePath });
  }
  if (size > maxBytes) {
    throw new AppError('file_too_large', `${name}: ${size} bytes is over the ${maxBytes}-byte limit for one article`, { file: filePath });
  }
  return decodeArticleBytes(name, await readFile(filePath), maxBytes);
}
