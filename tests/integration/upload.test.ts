// Articles added from the browser: what an upload may be, and two editors adding to one
// story at the same time (real PostgreSQL, the background import as the route runs it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/server/db';
import { startBackgroundImport } from '@/server/services/import/background-import';
import { MAX_ARTICLE_BYTES } from '@/server/services/import/read-article-file';
import { uploadRequest } from '@/server/services/import/upload-request';
import { articleFromUpload, safeSourceName } from '@/server/services/import/uploaded-article';
import { startTestWorker } from '../support/analysis-worker';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';

let database: FreshDatabase;
let worker: Awaited<ReturnType<typeof startTestWorker>>;
beforeAll(async () => {
  database = await freshDatabase();
  worker = await startTestWorker(database.url);
});
afterAll(async () => {
  await worker.stop();
  await database.drop();
});

const file = (content: string | Buffer, name: string, type = 'text/plain') =>
  new File([typeof content === 'string' ? content : new Uint8Array(content)], name, { type });

describe('uploaded articles', () => {
  it('keeps only a safe base name: no folders, no "..", no markup, and a content hash', () => {
    const bytes = Buffer.from('x');
    expect(safeSourceName('../../etc/passwd.txt', bytes)).toMatch(/^passwd-[0-9a-f]{8}\.txt$/);
    expect(safeSourceName('C:\\Users\\me\\story.html', bytes)).toMatch(/^story-[0-9a-f]{8}\.txt$/);
    expect(safeSourceName('<script>alert(1)</script>.txt', bytes)).toMatch(/^script-[0-9a-f]{8}\.txt$/);
    expect(safeSourceName('...', bytes)).toMatch(/^article-[0-9a-f]{8}\.txt$/);
  });

  it('turns an HTML file into text paragraphs, dropping scripts, styles and links', async () => {
    const html =
      '<html><head><style>p{}</style><script>alert(1)</script></head><body><h1>Bridge approved</h1><p>The council <a href="javascript:x">approved</a> it.</p><p>Work starts in May.</p></body></html>';
    const article = await articleFromUpload({ file: file(html, 'page.html', 'text/html') });
    expect(article.rawText).toContain('Bridge approved');
    expect(article.rawText).toMatch(/The council approved it\.\s*\n\s*\nWork starts in May\./);
    expect(article.rawText).not.toMatch(/alert|<p>|javascript/);
  });

  it.each([
    ['a binary file', file(Buffer.from([0x25, 0x50, 0x44, 0x00, 0x01]), 'scan.txt'), 'file_binary'],
    ['a file that is not .txt or .html', file('text', 'report.pdf', 'application/pdf'), 'invalid_input'],
    ['a .txt file sent as an image', file('text', 'photo.txt', 'image/png'), 'invalid_input'],
    ['an oversized file', file(Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a'), 'big.txt'), 'file_too_large'],
    ['a non-UTF-8 file', file(Buffer.from([0x66, 0xe9, 0x74, 0xe9]), 'latin1.txt'), 'file_encoding'],
    ['an empty file with no pasted text', file('', 'empty.txt'), 'invalid_input'],
  ])('refuses %s with a clear error', async (_what, upload, code) => {
    await expect(articleFromUpload({ file: upload })).rejects.toMatchObject({ code });
  });

  it('refuses a form without an outlet or with a bad date or address, naming the field', async () => {
    const form = new FormData();
    form.set('text', 'Council approves bridge\n\nThe council approved the bridge.');
    form.set('publishedAt', '08/06/2021');
    form.set('url', 'javascript:alert(1)');
    const error = await uploadRequest('some-story', form).catch((e: Error) => e);
    expect(String(error)).toContain('Name the outlet.');
    expect(String(error)).toContain('The publication date must look like 2021-06-08.');
    expect(String(error)).toContain('address must start with http:// or https://');
  });

  it('two editors adding articles to one story at the same time: both end up in it, each analysed, nothing lost', async () => {
    const request = (outlet: string, text: string) => {
      const form = new FormData();
      form.set('outlet', outlet);
      form.set('publishedAt', '2024-03-05');
      form.set('text', text);
      form.set('title', 'Harbour bridge');
      return uploadRequest('harbour-bridge', form);
    };
    const [a, b] = await Promise.all([
      request(
        'Coast Herald',
        'Council approves harbour bridge\n\nThe council approved the harbour bridge budget on Tuesday after a long debate.',
      ),
      request(
        'Bay Times',
        'Harbour bridge gets the go-ahead\n\nAfter a lengthy debate the council approved the budget for the harbour bridge on Tuesday.',
      ),
    ]);
    const runs = await Promise.all([startBackgroundImport(a), startBackgroundImport(b)]);
    await expect
      .poll(
        async () => (await getDb().analysisRun.findMany({ where: { id: { in: runs.map((r) => r.runId) } } })).map((r) => r.status).sort(),
        { timeout: 60_000 },
      )
      .toEqual(['complete', 'complete']);
    const story = await getDb().story.findUniqueOrThrow({
      where: { slug: 'harbour-bridge' },
      include: { articles: { include: { outlet: true } } },
    });
    expect(story.articles.map((article) => article.outlet.name).sort()).toEqual(['Bay Times', 'Coast Herald']);
    expect(story.analysedRevision).toBe(story.revision);
    // The two reports of the approval are one fact.
    const shared = await getDb().claimGroup.findMany({ where: { storyId: story.id, members: { some: {} } }, include: { members: true } });
    expect(shared.some((group) => group.members.length === 2)).toBe(true);
  });
});
