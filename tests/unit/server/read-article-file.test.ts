import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeArticleBytes, readArticleFile } from '@/server/services/import/read-article-file';

const dir = mkdtempSync(path.join(tmpdir(), 'parallax-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('read-article-file', () => {
  it.each([
    ['empty', Buffer.from(''), 'file_empty', /a\.txt: is empty/],
    ['only whitespace', Buffer.from(' \n\t\n'), 'file_empty', /is empty/],
    ['binary (NUL bytes)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'file_binary', /binary/],
    ['not UTF-8 (Latin-1 é)', Buffer.from([0x4c, 0xf3, 0x70, 0x65, 0x7a]), 'file_encoding', /not valid UTF-8/],
  ])('read-article-file: refuses %s input with a message naming the file', (_label, bytes, code, message) => {
    expect(() => decodeArticleBytes('a.txt', bytes)).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) }));
  });

  it('read-article-file: refuses a file over the size limit', () => {
    expect(() => decodeArticleBytes('big.txt', Buffer.alloc(11, 'a'), 10)).toThrow(expect.objectContaining({ code: 'file_too_large' }));
  });

  it('read-article-file: decodes UTF-8 with accents, drops a byte-order mark and hashes the bytes', () => {
    const file = decodeArticleBytes('a.txt', Buffer.from('\ufeffLópez said “yes”.', 'utf8'));
    expect(file.rawText).toBe('López said “yes”.');
    expect(file.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(decodeArticleBytes('b.txt', Buffer.from('\ufeffLópez said “yes”.', 'utf8')).contentHash).toBe(file.contentHash);
  });

  it('read-article-file: a missing file is named in the error', async () => {
    await expect(readArticleFile(path.join(dir, 'nope.txt'))).rejects.toMatchObject({
      code: 'file_missing',
      message: expect.stringContaining('nope.txt'),
    });
  });

  it('read-article-file: reads a real file and names it by its base name', async () => {
    const file = path.join(dir, 'story.txt');
    writeFileSync(file, 'Headline\n\nBody text.');
    await expect(readArticleFile(file)).resolves.toMatchObject({ sourceFile: 'story.txt', rawText: 'Headline\n\nBody text.' });
  });
});
