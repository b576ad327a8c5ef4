import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePublishedAt, readManifest } from '@/server/services/import/manifest';

const dir = mkdtempSync(path.join(tmpdir(), 'parallax-manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function write(content: unknown): string {
  const file = path.join(dir, `m${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}
const valid = {
  story: { slug: 'a-story', title: 'A story' },
  articles: [{ file: 'a.txt', outlet: 'Outlet A', publishedAt: '2021-06-08' }],
};

describe('manifest', () => {
  it('manifest: accepts a valid manifest', async () => {
    await expect(readManifest(write(valid))).resolves.toEqual(valid);
  });

  it('manifest: the seeds manifest is valid and lists the five seed files', async () => {
    const manifest = await readManifest(path.resolve('seeds/manifest.json'));
    expect(manifest.story.slug).toBe('harris-lopez-obrador-2021');
    expect(manifest.articles.map((article) => article.file)).toEqual([
      '000_90bccb72a864c0a1.txt',
      '001_f6c1b219ac37888e.txt',
      '002_802e5e4a14bb8b1a.txt',
      '003_902e6964f8607039.txt',
      '004_b8910899ddfdc2f1.txt',
    ]);
  });

  it.each([
    ['a bad date', { ...valid, articles: [{ ...valid.articles[0], publishedAt: '8 June' }] }, 'articles.0.publishedAt'],
    ['an impossible date', { ...valid, articles: [{ ...valid.articles[0], publishedAt: '2021-02-30' }] }, 'articles.0.publishedAt'],
    ['a missing outlet', { ...valid, articles: [{ file: 'a.txt', publishedAt: '2021-06-08' }] }, 'articles.0.outlet'],
    ['a bad slug', { ...valid, story: { slug: 'Not A Slug', title: 'x' } }, 'story.slug'],
    ['a path as file name', { ...valid, articles: [{ ...valid.articles[0], file: '../etc/passwd' }] }, 'articles.0.file'],
    ['no articles', { ...valid, articles: [] }, 'articles'],
    ['a file listed twice', { ...valid, articles: [valid.articles[0], valid.articles[0]] }, 'articles.1.file'],
  ])('manifest: names the field for %s', async (_label, content, field) => {
    await expect(readManifest(write(content))).rejects.toMatchObject({
      code: 'invalid_manifest',
      message: expect.stringContaining(`"${field}"`),
    });
  });

  it('manifest: an impossible date is refused saying why, not rolled over to March', async () => {
    const content = { ...valid, articles: [{ ...valid.articles[0], publishedAt: '2021-02-30' }] };
    await expect(readManifest(write(content))).rejects.toMatchObject({
      message: expect.stringContaining('"2021-02-30" is not a real date: February 2021 has 28 days'),
    });
    expect(parsePublishedAt('2021-02-30')).toBeNull();
    expect(parsePublishedAt('2021-06-08')?.toISOString()).toBe('2021-06-08T12:00:00.000Z');
  });

  it('manifest: invisible and bidirectional control characters are removed from outlet names and titles', async () => {
    const content = {
      story: { slug: 'a-story', title: '\u202EA story\u200B' },
      articles: [{ ...valid.articles[0], outlet: 'Outlet\u2066 A\u0007\uFEFF' }],
    };
    await expect(readManifest(write(content))).resolves.toEqual(valid);
  });

  it('manifest: a file name with an invisible character is refused, naming it', async () => {
    const content = { ...valid, articles: [{ ...valid.articles[0], file: 'a\u202Etxt.exe' }] };
    await expect(readManifest(write(content))).rejects.toMatchObject({
      message: expect.stringContaining('field "articles.0.file": contains the invisible or control character U+202E'),
    });
  });

  it('manifest: a byte-order mark at the start of the file is allowed', async () => {
    await expect(readManifest(write(`\uFEFF${JSON.stringify(valid)}`))).resolves.toEqual(valid);
  });

  it('manifest: invalid JSON is reported as such', async () => {
    await expect(readManifest(write('{ not json'))).rejects.toMatchObject({ message: expect.stringContaining('not valid JSON') });
  });
});
