// Requests that are malformed, oversized or unusual get a clear 4xx, never a 500, and
// nothing is queued for them; outlets keep their identity in any script (real PostgreSQL,
// the route handlers as Next.js calls them).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleHeadline } from '@/components/article/article-reader';
import { buildArticleView } from '@/components/article/article-view';
import { hashPassword } from '@/server/auth/password';
import { createSession, SESSION_COOKIE } from '@/server/auth/session';
import { getArticleReading } from '@/server/data/articles/get-article-reading';
import { getArticleText } from '@/server/data/articles/get-article-text';
import { getStoryAnalysis } from '@/server/data/stories/get-story-analysis';
import { getStoryHistory } from '@/server/data/stories/get-story-history';
import { listStories } from '@/server/data/stories/list-stories';
import { getDb } from '@/server/db';
import { MAX_CHANGE_REQUEST_BYTES, MAX_UPLOAD_REQUEST_BYTES } from '@/server/http/body-limits';
import { formChange } from '@/server/http/form-change';
import { handleUpload } from '@/server/http/upload-route';
import { annotationSchema } from '@/server/services/annotations/create-annotation';
import { importStory } from '@/server/services/import/import-story';
import { decodeArticleBytes } from '@/server/services/import/read-article-file';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';

let database: FreshDatabase;
let cookie: string;
beforeAll(async () => {
  database = await freshDatabase();
  const editor = await getDb().editor.create({
    data: { email: 'ed@example.org', passwordHash: await hashPassword('a long enough passphrase') },
  });
  cookie = `${SESSION_COOKIE}=${(await createSession(editor.id)).value}`;
});
afterAll(async () => {
  await database.drop();
});

const published = new Date('2024-03-05T10:00:00Z');
const article = (name: string) =>
  decodeArticleBytes(name, Buffer.from('Council approves harbour bridge\n\nThe council approved the harbour bridge budget on Tuesday.\n'));
const editorHeaders = (extra: Record<string, string> = {}) => ({
  host: 'localhost',
  origin: 'http://localhost',
  cookie,
  accept: 'application/json',
  ...extra,
});

/** A chunked body (no Content-Length) of up to `totalBytes`, counting what the server pulled. */
function endlessBody(totalBytes: number) {
  const chunk = new Uint8Array(256 * 1024).fill(0x61);
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= totalBytes) return controller.close();
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

function uploadForm(fields: Record<string, string>, file?: File): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries({
    publishedAt: '2024-03-05',
    title: 'Harbour bridge',
    slug: 'harbour-bridge',
    text: 'Council approves bridge\n\nThe council approved the bridge on Tuesday.',
    ...fields,
  }))
    form.set(name, value);
  if (file) form.set('file', file);
  return form;
}

const upload = (body: FormData | ReadableStream | string, headers: Record<string, string> = {}) =>
  handleUpload(
    new Request('http://localhost/api/stories', { method: 'POST', headers: editorHeaders(headers), body, duplex: 'half' } as RequestInit),
    null,
    { newStory: true },
  );

const queuedRuns = () => getDb().analysisRun.count();

describe('outlet identity (issue 12, item 1)', () => {
  it('keeps outlets named in non-Latin scripts apart, each with a non-empty slug, and one Latin name stays one outlet', async () => {
    const names = ['新华社', 'الجزيرة', 'Известия', 'Новая газета', 'Coast Herald', 'coast herald'];
    await importStory(getDb(), {
      story: { slug: 'scripts', title: 'Scripts' },
      articles: names.map((outlet, i) => ({ file: article(`a${i}.txt`), outlet, publishedAt: published })),
    });
    const story = await getDb().story.findUniqueOrThrow({
      where: { slug: 'scripts' },
      include: { articles: { include: { outlet: true } } },
    });
    const outlets = new Map(story.articles.map((a) => [a.outlet.id, a.outlet]));
    expect(outlets.size).toBe(5);
    expect([...outlets.values()].map((o) => o.name).sort()).toEqual(
      ['Coast Herald', 'Известия', 'Новая газета', 'الجزيرة', '新华社'].sort(),
    );
    for (const outlet of outlets.values()) expect(outlet.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(outlets.size).toBe(new Set([...outlets.values()].map((o) => o.slug)).size);
  });

  it('keeps Latin names that differ in a letter slugify dropped apart (Łowicz / Owicz, Ærø / R), and Straße and Strasse one', async () => {
    const names = ['Łowicz News', 'Owicz News', 'Ærø Avis', 'R Avis', 'Straße', 'Strasse'];
    await importStory(getDb(), {
      story: { slug: 'latin-letters', title: 'Latin letters' },
      articles: names.map((outlet, i) => ({ file: article(`l${i}.txt`), outlet, publishedAt: published })),
    });
    const articles = await getDb().article.findMany({
      where: { story: { slug: 'latin-letters' } },
      orderBy: { sourceFile: 'asc' },
      select: { outlet: { select: { id: true, slug: true, name: true } } },
    });
    const [lowicz, owicz, aero, r, strasse, strasse2] = articles.map((a) => a.outlet);
    expect(lowicz).toMatchObject({ slug: 'lowicz-news', name: 'Łowicz News' });
    expect(owicz).toMatchObject({ slug: 'owicz-news', name: 'Owicz News' });
    expect(aero.id).not.toBe(r.id);
    expect(aero.slug).toBe('aero-avis');
    expect(strasse).toMatchObject({ slug: 'strasse', name: 'Straße' });
    expect(strasse2.id).toBe(strasse.id);
  });

  it('finds an outlet stored under an older slug by its name, and gives a name whose slug an older outlet holds one of its own', async () => {
    // Databases made before the slug rules changed: "Łowicz News" was keyed "owicz-news", "C++ Weekly" "c-weekly".
    const oldLowicz = await getDb().outlet.create({ data: { slug: 'owicz', name: 'Łowicz' } });
    const oldCpp = await getDb().outlet.create({ data: { slug: 'c-weekly', name: 'C++ Weekly' } });
    const names = ['Łowicz', 'Owicz', 'C++ Weekly', 'C Weekly'];
    await importStory(getDb(), {
      story: { slug: 'old-slugs', title: 'Old slugs' },
      articles: names.map((outlet, i) => ({ file: article(`o${i}.txt`), outlet, publishedAt: published })),
    });
    const articles = await getDb().article.findMany({
      where: { story: { slug: 'old-slugs' } },
      orderBy: { sourceFile: 'asc' },
      select: { outlet: { select: { id: true, slug: true, name: true } } },
    });
    const [lowicz, owicz, cpp, c] = articles.map((a) => a.outlet);
    expect(lowicz).toEqual({ id: oldLowicz.id, slug: 'owicz', name: 'Łowicz' });
    expect(cpp).toEqual({ id: oldCpp.id, slug: 'c-weekly', name: 'C++ Weekly' });
    expect(owicz.id).not.toBe(oldLowicz.id);
    expect(owicz.name).toBe('Owicz');
    expect(owicz.slug).toMatch(/^owicz-[0-9a-f]{8}$/);
    expect(c.id).not.toBe(oldCpp.id);
    expect(c.slug).toMatch(/^c-weekly-[0-9a-f]{8}$/);
  });

  it('finds an outlet stored with invisible characters in its name (before imports removed them) under the cleaned name', async () => {
    const old = await getDb().outlet.create({ data: { slug: 'pier-gazette', name: 'Pier \u202EGazette' } });
    await importStory(getDb(), {
      story: { slug: 'old-invisible', title: 'Old invisible' },
      articles: [{ file: article('b.txt'), outlet: 'Pier \u202EGazette', publishedAt: published }],
    });
    const stored = await getDb().article.findFirstOrThrow({ where: { story: { slug: 'old-invisible' } }, select: { outletId: true } });
    expect(stored.outletId).toBe(old.id);
  });

  it('refuses an outlet name with no letters or digits, saying why, before anything is stored', async () => {
    const before = await getDb().outlet.count();
    await expect(
      importStory(getDb(), {
        story: { slug: 'punctuation', title: 'Punctuation' },
        articles: [{ file: article('p.txt'), outlet: '!!!', publishedAt: published }],
      }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('has no letters or digits') });
    expect(await getDb().outlet.count()).toBe(before);
    const response = await upload(uploadForm({ outlet: '!!!' }));
    expect(response.status).toBe(400);
    expect((await response.json()).message).toContain('has no letters or digits');
  });
});

describe('invisible characters (issue 12, item 12)', () => {
  it('are removed from an outlet name and an article headline however the import is reached (a page read by address, a file)', async () => {
    // importStory is what every door ends in: the command line by address hands it the outlet
    // and headline a fetched page declared, unchecked.
    const text = 'Harbour \u202Egdirb\u202C bridge\u200B approved\n\nThe council approved the harbour bridge budget on Tuesday.\n';
    await importStory(getDb(), {
      story: { slug: 'invisible', title: 'Invisible' },
      articles: [{ file: decodeArticleBytes('rlo.txt', Buffer.from(text)), outlet: 'Bay \u202ETimes\u2066', publishedAt: published }],
    });
    const stored = await getDb().article.findFirstOrThrow({
      where: { story: { slug: 'invisible' } },
      select: { headline: true, outlet: { select: { name: true } } },
    });
    expect(stored.outlet.name).toBe('Bay Times');
    expect(stored.headline).toBe('Harbour gdirb bridge approved');
  });
});

describe('invisible characters where titles are shown (issue 12, item 12)', () => {
  it('are not in the article page heading, the headlines, outlet names and titles the pages and exports read, even as stored before imports removed them', async () => {
    await importStory(getDb(), {
      story: { slug: 'shown', title: 'Shown' },
      articles: [
        {
          file: decodeArticleBytes(
            'shown.txt',
            Buffer.from('Harbour \u202Egdirb\u202C bridge approved\n\nThe council approved the harbour bridge budget on Tuesday.\n'),
          ),
          outlet: 'Quay Post',
          publishedAt: published,
        },
      ],
    });
    // A database from before the import removed them.
    const story = await getDb().story.update({ where: { slug: 'shown' }, data: { title: 'Sh\u202Eown' } });
    const article = await getDb().article.findFirstOrThrow({ where: { storyId: story.id }, select: { id: true, outletId: true } });
    await getDb().article.update({ where: { id: article.id }, data: { headline: 'Harbour \u202Egdirb\u202C bridge approved' } });
    await getDb().outlet.update({ where: { id: article.outletId }, data: { name: 'Quay \u202EPost' } });

    const invisible = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/;
    const reading = await getArticleReading({ slug: 'shown', articleId: article.id });
    const analysis = await getStoryAnalysis({ slug: 'shown' });
    expect(reading?.cleanedText).toContain('\u202E'); // the text keeps it: spans point into it
    expect([reading?.headline, reading?.outlet.name]).toEqual(['Harbour gdirb bridge approved', 'Quay Post']);
    const heading = renderToStaticMarkup(createElement(ArticleHeadline, { view: buildArticleView(reading!, analysis!) }));
    expect(heading).toContain('Harbour gdirb bridge approved');
    expect(heading).not.toMatch(invisible);
    expect(analysis?.story.title).toBe('Shown');
    expect(analysis?.articles.map((a) => [a.headline, a.outlet.name])).toEqual([['Harbour gdirb bridge approved', 'Quay Post']]);
    expect(analysis?.outlets.map((o) => o.name)).toEqual(['Quay Post']);
    const listed = (await listStories()).find((item) => item.slug === 'shown');
    expect([listed?.title, listed?.outlets.map((o) => o.name)]).toEqual(['Shown', ['Quay Post']]);
    expect((await getArticleText({ slug: 'shown', articleId: article.id }))?.headline).toBe('Harbour gdirb bridge approved');
    expect((await getStoryHistory({ slug: 'shown' }))?.title).toBe('Shown');
  });
});

describe('body limits (issue 12, item 5)', () => {
  it('stops reading a chunked upload without Content-Length at the limit: 413', async () => {
    const { stream, counter } = endlessBody(64 * 1024 * 1024);
    const response = await upload(stream, { 'content-type': 'multipart/form-data; boundary=x' });
    expect(response.status).toBe(413);
    expect(counter.pulled).toBeLessThan(MAX_UPLOAD_REQUEST_BYTES + 2 * 1024 * 1024);
  });

  it('bounds a note (a form change) the same way: 413 long before the whole body is read', async () => {
    const { stream, counter } = endlessBody(32 * 1024 * 1024);
    const response = await formChange(
      new Request('http://localhost/api/stories/scripts/annotations', {
        method: 'POST',
        headers: editorHeaders({ 'content-type': 'application/x-www-form-urlencoded' }),
        body: stream,
        duplex: 'half',
      } as RequestInit),
      {
        fields: ['targetType', 'targetKey', 'body'],
        schema: annotationSchema,
        run: async () => ({}),
      },
    );
    expect(response.status).toBe(413);
    expect(counter.pulled).toBeLessThan(MAX_CHANGE_REQUEST_BYTES + 1024 * 1024);
  });
});

describe('malformed requests answer 4xx (issue 12, item 10)', () => {
  it('a malformed multipart body is a 400 naming the problem', async () => {
    const response = await upload('--x\r\nContent-Disposition: form-data; name="outlet"\r\n\r\nHerald', {
      'content-type': 'multipart/form-data; boundary=x',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toContain('not a well-formed form');
  });

  it.each([
    ['title', { title: 'Harbour\u0000bridge' }],
    ['outlet', { outlet: 'Coast\u0000Herald' }],
    ['URL', { outlet: 'Coast Herald', url: 'https://example.org/a\u0000b' }],
  ])('a NUL byte in the %s is refused with a 400 before anything is queued', async (_field, fields) => {
    const before = await queuedRuns();
    const response = await upload(uploadForm({ outlet: 'Coast Herald', ...fields }));
    expect(response.status).toBe(400);
    expect((await response.json()).message).toContain('NUL byte');
    expect(await queuedRuns()).toBe(before);
  });

  it('HTML nested 20,000 levels deep is a 4xx saying so', async () => {
    const html = `<html><body>${'<div>'.repeat(20_000)}The council approved the bridge.${'</div>'.repeat(20_000)}</body></html>`;
    const response = await upload(uploadForm({ outlet: 'Coast Herald', text: '' }, new File([html], 'deep.html', { type: 'text/html' })));
    expect(response.status).toBe(422);
    expect((await response.json()).message).toContain('nested too deeply');
  });
});
