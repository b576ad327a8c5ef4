// The command-line import's checks, made before any database is started.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveImportRequest } from '@/server/services/import/resolve-import-request';

const root = mkdtempSync(path.join(tmpdir(), 'parallax-resolve-'));
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
    await expect(resolveImportRequest({ paths: [dir], story: 'a-story', outlet: 'Coast Herald', published: '2021-02-30' }, dir)).rejects.toMatchObject({
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
    const request = await resolveImportRequest({ paths: [dir], story: 'a-story', outlet: '\u202ECoast\u200B Herald', title: 'Bridge\u2067 vote\u0000', published: '2021-06-08' }, dir);
    expect(request.articles[0].outlet).toBe('Coast Herald');
    expect(request.story.title).toBe('Bridge vote');
  });

  it('resolve-import-request: an --outlet made only of invisible characters is refused', async () => {
    const dir = folder({ 'a.txt': ARTICLE });
    await expect(resolveImportRequest({ paths: [dir], story: 'a-story', outlet: '\u202E\u200B', published: '2021-06-08' }, dir)).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('--outlet') });
  });

  it('resolve-import-request: a file whose name holds a bidirectional override is refused, naming it', async () => {
    const dir = folder({ 'report\u202Etxt.exe.txt': ARTICLE });
    await expect(resolveImportRequest({ paths: [dir], story: 'a-story', outlet: 'Coast Herald', published: '2021-06-08' }, dir)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/report<U\+202E>txt\.exe\.txt: the file name contains the invisible or control character U\+202E; rename the file$/),
    });
  });
});
