// The command-line import's checks, made before any database is started.

import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveImportRequest } from '@/server/services/import/resolve-import-request';

const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'parallax-resolve-')));
const secret = path.join(root, 'secret.txt');
writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash');
afterAll(() => rmSync(root, { recursive: true, force: true }));

let folders = 0;
/** A folder of its own holding the given files. */
function folder(files: Record<string, string>): string {
  const dir = path.join(root, `f${(folders += 1)}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}
const ARTICLE = 'Council approves bridge\n\nThe council approved the bridge on Tuesday.';

describe('resolve-import-request', () => {
  it('resolve-import-request: --published with an impossible date is refused saying why', async () => {
    const dir = folder({ 'a.txt': ARTICLE });
    await expect(
      resolveImportRequest({ paths: [dir], story: 'a-story', outlet: 'Coast Herald', published: '2021-02-30' }, dir),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: '--published: "2021-02-30" is not a real date: February 2021 has 28 days',
    });
  });

  it('resolve-import-request: a real --published date is kept at noon UTC', async () => {
    const dir = folder({ 'a.txt': ARTICLE });
    const request = await resolveImportRequest({ paths: [dir], story: 'a-story', outlet: 'Coast Herald', published: '2020-02-29' }, dir);
    expect(request.articles[0].publishedAt.toISOString()).toBe('2020-02-29T12:00:00.000Z');
  });

  it('resolve-import-request: --outlet and --title lose their invisible characters', async () => {
    const dir = folder({ 'a.txt': ARTICLE });
    const request = await resolveImportRequest(
      { paths: [dir], story: 'a-story', outlet: '\u202ECoast\u200B Herald', title: 'Bridge\u2067 vote\u0000', published: '2021-06-08' },
      dir,
    );
    expect(request.articles[0].outlet).toBe('Coast Herald');
    expect(request.story.title).toBe('Bridge vote');
  });

  it('resolve-import-request: an --outlet made only of invisible characters is refused', async () => {
    const dir = folder({ 'a.txt': ARTICLE });
    await expect(
      resolveImportRequest({ paths: [dir], story: 'a-story', outlet: '\u202E\u200B', published: '2021-06-08' }, dir),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('--outlet') });
  });

  it('resolve-import-request: a file whose name holds a bidirectional override is refused, naming it', async () => {
    const dir = folder({ 'report\u202Etxt.exe.txt': ARTICLE });
    await expect(
      resolveImportRequest({ paths: [dir], story: 'a-story', outlet: 'Coast Herald', published: '2021-06-08' }, dir),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(
        /report<U\+202E>txt\.exe\.txt: the file name contains the invisible or control character U\+202E; rename the file$/,
      ),
    });
  });

  it('resolve-import-request: a symbolic link in the folder that leads outside it is refused, naming the file', async () => {
    const dir = folder({ 'a.txt': ARTICLE });
    symlinkSync(secret, path.join(dir, 'b.txt'));
    const refused = resolveImportRequest({ paths: [dir], story: 'a-story', outlet: 'Coast Herald', published: '2021-06-08' }, dir);
    await expect(refused).rejects.toMatchObject({
      code: 'invalid_input',
      message: `${path.join(dir, 'b.txt')}: is a symbolic link to ${secret}, outside the folder ${dir}; copy the file into the folder instead`,
    });
  });

  it('resolve-import-request: a relative link climbing out of the folder is refused too', async () => {
    const dir = folder({ 'a.txt': ARTICLE });
    symlinkSync('../secret.txt', path.join(dir, 'b.txt'));
    await expect(
      resolveImportRequest({ paths: [dir], story: 'a-story', outlet: 'Coast Herald', published: '2021-06-08' }, dir),
    ).rejects.toMatchObject({
      message: expect.stringContaining(`${path.join(dir, 'b.txt')}: is a symbolic link to ${secret}, outside the folder`),
    });
  });

  it('resolve-import-request: a symbolic link to a file inside the folder is imported', async () => {
    const dir = folder({});
    mkdirSync(path.join(dir, 'originals'));
    writeFileSync(path.join(dir, 'originals', 'a.text-original'), ARTICLE);
    symlinkSync(path.join('originals', 'a.text-original'), path.join(dir, 'a.txt'));
    const request = await resolveImportRequest({ paths: [dir], story: 'a-story', outlet: 'Coast Herald', published: '2021-06-08' }, dir);
    expect(request.articles.map((article) => [article.file.sourceFile, article.file.rawText])).toEqual([['a.txt', ARTICLE]]);
  });

  it('resolve-import-request: a manifest.json that links outside the folder is refused, naming it', async () => {
    const outside = path.join(root, 'outside-manifest.json');
    writeFileSync(
      outside,
      JSON.stringify({ story: { slug: 'a-story', title: 'A' }, articles: [{ file: 'a.txt', outlet: 'X', publishedAt: '2021-06-08' }] }),
    );
    const dir = folder({ 'a.txt': ARTICLE });
    symlinkSync(outside, path.join(dir, 'manifest.json'));
    await expect(resolveImportRequest({ paths: [dir] }, dir)).rejects.toMatchObject({
      message: expect.stringContaining(`${path.join(dir, 'manifest.json')}: is a symbolic link to ${outside}, outside the folder`),
    });
  });
});
