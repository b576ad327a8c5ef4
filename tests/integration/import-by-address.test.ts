// Articles added by their address, stored through the import service (real PostgreSQL):
// the raw page kept with the article, versions when the page changes, nothing stored on a
// refusal, and the command line (--url, --refresh).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/server/db';
import { addressImportRequest, refreshRequest } from '@/server/services/by-address/address-import';
import { importStory } from '@/server/services/import/import-story';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';
import { PAGES_DIR, type PageServer, startPageServer } from '../support/page-server';

let database: FreshDatabase;
let server: PageServer;
const allow = { allowHosts: ['127.0.0.1'] };
const SLUG = 'elm-street-bridge';
const page = (name: string) => readFileSync(path.join(PAGES_DIR, name), 'utf8');

beforeAll(async () => {
  database = await freshDatabase();
  server = await startPageServer();
});
afterAll(async () => {
  await server.close();
  await database.drop();
});

const counts = async () => ({
  articles: await getDb().article.count(),
  versions: await getDb().articleVersion.count(),
});

describe('import by address', () => {
  it('stores two pages as articles with their metadata, address and raw page, and analyses the story', async () => {
    const db = getDb();
    const { request, previews } = await addressImportRequest(
      db,
      { slug: SLUG, title: 'Elm Street bridge' },
      [
        { url: `${server.origin}/pages/json-ld.html` },
        { url: `${server.origin}/pages/open-graph.html`, overrides: { outlet: 'The Valley Courier' } },
      ],
      allow,
    );
    expect(previews.map((preview) => preview.outlet)).toEqual(['The Harbor Ledger', 'Valley Courier']);
    const summary = await importStory(db, request);
    expect(summary).toMatchObject({ added: 2, createdStory: true });
    expect(summary.analysis?.groups.agreed ?? 0).toBeGreaterThan(0);
    const articles = await db.article.findMany({
      where: { story: { slug: SLUG } },
      select: { url: true, headline: true, publishedAt: true, sourceFile: true, outlet: { select: { name: true } }, rawText: true },
      orderBy: { id: 'asc' },
    });
    expect(articles.map((article) => article.outlet.name)).toEqual(['The Harbor Ledger', 'The Valley Courier']);
    expect(articles[0].headline).toBe('Council approves $40 million Elm Street bridge after two-year fight');
    expect(articles[0].publishedAt.toISOString()).toBe('2024-03-12T22:45:00.000Z');
    expect(articles[0].url).toBe(`${server.origin}/pages/json-ld.html`);
    expect(articles[0].sourceFile).toMatch(/^127-0-0-1-json-ld-[0-9a-f]{8}\.html$/);
    expect(articles[0].rawText).not.toContain('Get the Morning Ledger');
    const versions = await db.articleVersion.findMany({ orderBy: { id: 'asc' } });
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatchObject({ version: 1, rawPage: page('json-ld.html'), contentType: 'text/html' });
    expect((versions[0].metadata as { authors: { value: string[] } }).authors.value).toEqual(['Dana Whitfield', 'Omar Reyes']);
  });

  it('importing an unchanged page again stores nothing new', async () => {
    const before = await counts();
    const { request } = await addressImportRequest(getDb(), { slug: SLUG }, [{ url: `${server.origin}/pages/json-ld.html` }], allow);
    const summary = await importStory(getDb(), request);
    expect(summary).toMatchObject({ added: 0, replaced: 0, unchanged: 1, analysis: null });
    expect(await counts()).toEqual(before);
  });

  it('a changed page is a new version of the same article; the old text is kept and the analysis uses the new one', async () => {
    const db = getDb();
    const original = page('split-blocks.html');
    server.setLive('rates.html', original);
    const url = `${server.origin}/live/rates.html`;
    // The time to add one article by address to a story of two: fetch, extract, import, analysis.
    const started = performance.now();
    const first = await addressImportRequest(db, { slug: SLUG }, [{ url }], allow);
    const fetchedAt = performance.now();
    await importStory(db, first.request);
    const { ms } = first.fetched[0];
    console.log(
      `time to add one article by address: ${(performance.now() - started).toFixed(0)} ms ` +
        `(fetch ${ms.fetch.toFixed(0)} ms, extract ${ms.extract.toFixed(0)} ms, import and analysis ${(performance.now() - fetchedAt).toFixed(0)} ms)`,
    );
    server.setLive(
      'rates.html',
      original.replace('The next rate review is scheduled for 2026.', 'The next rate review is scheduled for 2027.'),
    );
    const second = await addressImportRequest(db, { slug: SLUG }, [{ url }], allow);
    expect(second.request.articles[0].file.sourceFile).toBe(first.request.articles[0].file.sourceFile);
    const summary = await importStory(db, second.request);
    expect(summary).toMatchObject({ replaced: 1 });
    const versions = await db.articleVersion.findMany({
      where: { sourceFile: first.request.articles[0].file.sourceFile },
      orderBy: { version: 'asc' },
      select: { version: true, text: true },
    });
    expect(versions.map((version) => version.version)).toEqual([1, 2]);
    expect(versions[0].text).toContain('scheduled for 2026');
    expect(versions[1].text).toContain('scheduled for 2027');
    const article = await db.article.findFirstOrThrow({ where: { url }, select: { cleanedText: true } });
    expect(article.cleanedText).toContain('scheduled for 2027');
    expect(await db.article.count({ where: { url } })).toBe(1);
  });

  it('refresh re-fetches every article that has an address: changed ones get a version, unchanged ones nothing', async () => {
    const db = getDb();
    server.setLive('rates.html', page('split-blocks.html').replace('about 9% more', 'about 9.5% more'));
    const { request, failures } = await refreshRequest(db, SLUG, allow);
    expect(failures).toEqual([]);
    const summary = await importStory(db, request);
    expect(summary).toMatchObject({ replaced: 1, unchanged: 2 });
    expect(await db.articleVersion.count({ where: { url: `${server.origin}/live/rates.html` } })).toBe(3);
    // An article keeps the outlet and date it was stored with.
    const courier = await db.article.findFirstOrThrow({
      where: { url: { endsWith: 'open-graph.html' } },
      select: { outlet: { select: { name: true } } },
    });
    expect(courier.outlet.name).toBe('The Valley Courier');
  });

  it('a refused address stores nothing, and says which address and why', async () => {
    const before = await counts();
    const attempt = addressImportRequest(
      getDb(),
      { slug: SLUG },
      [{ url: `${server.origin}/pages/no-metadata.html` }, { url: 'http://169.254.169.254/latest/meta-data/' }],
      allow,
    );
    await expect(attempt).rejects.toThrow(
      'Could not add http://169.254.169.254/latest/meta-data/: 169.254.169.254 is a link-local address (such as a cloud metadata service), which is never fetched.',
    );
    expect(await counts()).toEqual(before);
  });

  it('a page without a publication date needs one from the editor', async () => {
    await expect(
      addressImportRequest(getDb(), { slug: SLUG }, [{ url: `${server.origin}/pages/no-metadata.html` }], allow),
    ).rejects.toThrow('the page gives no publication date');
  });
});

describe('npm run import -- --url (command line)', () => {
  // Asynchronous: the page server answers from this process while the command runs.
  const run = (args: string[], allowHosts = '127.0.0.1') =>
    new Promise<{ status: number | null; stderr: string; stdout: string }>((resolve) => {
      const child = spawn('npx', ['tsx', '--conditions=react-server', 'src/cli/import.ts', ...args], {
        env: { ...process.env, DATABASE_URL: database.url, PARALLAX_FETCH_ALLOW_HOSTS: allowHosts },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
      });
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });

  it('fetches, prints the metadata found and imports; --published fills what the page lacks', async () => {
    const result = await run([
      '--story',
      'harbor-dredging',
      '--url',
      `${server.origin}/pages/no-metadata.html`,
      '--published',
      '2024-05-02',
      '--outlet',
      'Port Alden Weekly',
    ]);
    expect(result.stderr).toContain('headline:  Harbor dredging to start in June');
    expect(result.stderr).toMatch(/published: —/);
    expect(result.stderr).toMatch(/1 added, 0 replaced, 0 unchanged/);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('refuses a private address unless it is allowed, naming it', async () => {
    const result = await run(['--story', 'harbor-dredging', '--url', `${server.origin}/pages/json-ld.html`], '');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `Could not add ${server.origin}/pages/json-ld.html: 127.0.0.1 is a loopback address, which is never fetched.`,
    );
  });

  it('--refresh reports each article as unchanged when the pages did not change', async () => {
    const result = await run(['--refresh', '--story', 'harbor-dredging']);
    expect(result.stderr).toContain('Refreshed: 0 changed (a new version kept), 1 unchanged, 0 not fetched');
    expect(result.status).toBe(0);
  });
});
