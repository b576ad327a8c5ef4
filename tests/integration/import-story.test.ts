import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/server/db';
import { importStory } from '@/server/services/import/import-story';
import { decodeArticleBytes } from '@/server/services/import/read-article-file';
import { resolveImportRequest } from '@/server/services/import/resolve-import-request';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';
import { snapshotStory } from '../support/snapshot-story';

const SEEDS = path.resolve('seeds');
const SLUG = 'harris-lopez-obrador-2021';
let database: FreshDatabase;

beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database.drop();
});

async function importSeeds() {
  return importStory(getDb(), await resolveImportRequest({ paths: [] }, SEEDS));
}

describe('import-story (real PostgreSQL)', () => {
  it('imports the seed story: five articles with the outlets and dates of the manifest', async () => {
    const summary = await importSeeds();
    expect(summary).toMatchObject({ added: 5, replaced: 0, unchanged: 0, createdStory: true });
    const articles = await getDb().article.findMany({
      where: { story: { slug: SLUG } },
      orderBy: { sourceFile: 'asc' },
      select: {
        sourceFile: true,
        publishedAt: true,
        headline: true,
        outlet: { select: { name: true } },
        _count: { select: { paragraphs: true, sentences: true } },
      },
    });
    expect(articles.map((a) => [a.sourceFile.slice(0, 3), a.outlet.name, a.publishedAt.toISOString().slice(0, 10)])).toEqual([
      ['000', 'Daily Mail', '2021-06-08'],
      ['001', 'The New York Times', '2021-06-08'],
      ['002', 'EFE', '2021-06-08'],
      ['003', 'Voice of America', '2021-05-07'],
      ['004', 'Riviera Maya News', '2021-06-08'],
    ]);
    for (const article of articles) {
      expect(article.headline.length).toBeGreaterThan(10);
      expect(article._count.paragraphs).toBeGreaterThan(3);
      expect(article._count.sentences).toBeGreaterThanOrEqual(article._count.paragraphs);
    }
  });

  it('stores paragraph and sentence spans that point into the cleaned text', async () => {
    const article = await getDb().article.findFirstOrThrow({
      where: { sourceFile: '003_902e6964f8607039.txt' },
      select: { cleanedText: true, headline: true, paragraphs: { orderBy: { index: 'asc' } }, sentences: { orderBy: { index: 'asc' } } },
    });
    expect(article.cleanedText.slice(article.paragraphs[0].start, article.paragraphs[0].end)).toBe(article.headline);
    for (const sentence of article.sentences) {
      const paragraph = article.paragraphs.find((p) => p.id === sentence.paragraphId)!;
      expect(sentence.start).toBeGreaterThanOrEqual(paragraph.start);
      expect(sentence.end).toBeLessThanOrEqual(paragraph.end);
      expect(article.cleanedText.slice(sentence.start, sentence.end).trim()).toBe(article.cleanedText.slice(sentence.start, sentence.end));
    }
  });

  it('stores the quotations with their speakers, one person per name across outlets, and the claims', async () => {
    // 001 quotes Harris in Guatemala: “I want to be clear to folks in this region who are thinking about making that dangerous trek…”
    const quote = await getDb().quote.findFirstOrThrow({
      where: { article: { sourceFile: '001_f6c1b219ac37888e.txt' }, text: { startsWith: 'I want to be clear to folks in this region' } },
      select: {
        kind: true,
        speaker: { select: { name: true } },
        start: true,
        end: true,
        text: true,
        article: { select: { cleanedText: true } },
      },
    });
    expect(quote.speaker?.name).toMatch(/Kamala Harris/);
    expect(quote.article.cleanedText.slice(quote.start, quote.end)).toBe(quote.text);
    // The Mexican president is spelled with and without accents by different outlets: one person.
    const president = await getDb().person.findMany({
      where: { story: { slug: SLUG }, aliases: { some: { alias: { contains: 'Obrador' } } } },
      select: { aliases: { select: { alias: true } }, _count: { select: { mentions: true } } },
    });
    expect(president).toHaveLength(1);
    const aliases = president[0].aliases.map((a) => a.alias);
    expect(aliases).toEqual(expect.arrayContaining(['Lopez Obrador', 'López Obrador']));
    expect(president[0]._count.mentions).toBeGreaterThan(10);
    // 002 gives the April figure as 178,120 detained.
    const claim = await getDb().claim.findFirstOrThrow({ where: { text: { contains: '178,120' } }, select: { numbers: true } });
    expect(claim.numbers).toEqual([expect.objectContaining({ value: 178120, kind: 'count' })]);
  });

  it('importing the same files again changes nothing', async () => {
    const before = await snapshotStory(SLUG);
    const summary = await importSeeds();
    expect(summary).toMatchObject({ added: 0, replaced: 0, unchanged: 5, createdStory: false });
    expect(await snapshotStory(SLUG)).toEqual(before);
  });

  it('a file whose content changed replaces its article, nothing duplicated', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-changed-'));
    for (const name of ['manifest.json', '004_b8910899ddfdc2f1.txt']) copyFileSync(path.join(SEEDS, name), path.join(dir, name));
    writeFileSync(path.join(dir, '004_b8910899ddfdc2f1.txt'), 'A corrected headline\n\nThe corrected body says something new.\n');
    const summary = await importStory(getDb(), await resolveImportRequest({ paths: [dir] }, SEEDS)).finally(() =>
      rmSync(dir, { recursive: true, force: true }),
    );
    expect(summary).toMatchObject({ added: 0, replaced: 1, unchanged: 0 });
    const rows = await getDb().article.findMany({ where: { sourceFile: '004_b8910899ddfdc2f1.txt' }, select: { headline: true } });
    expect(rows).toEqual([{ headline: 'A corrected headline' }]);
    expect(await getDb().article.count({ where: { story: { slug: SLUG } } })).toBe(5);
    // Restore the seed version for the next tests.
    await importSeeds();
  });

  it('a batch that fails inside the transaction leaves the previous data intact', async () => {
    const before = await snapshotStory(SLUG);
    const good = decodeArticleBytes('new-good.txt', Buffer.from('A new article\n\nIt reports something.\n'));
    const bad = decodeArticleBytes('new-bad.txt', Buffer.from('Another article\n\nIts date is broken.\n'));
    await expect(
      importStory(getDb(), {
        story: { slug: SLUG },
        articles: [
          { file: good, outlet: 'A New Outlet', publishedAt: new Date('2021-06-09T12:00:00Z') },
          { file: bad, outlet: 'A New Outlet', publishedAt: new Date('not a date') },
        ],
      }),
    ).rejects.toThrow();
    expect(await snapshotStory(SLUG)).toEqual(before);
    expect(await getDb().outlet.count({ where: { name: 'A New Outlet' } })).toBe(0);
  });

  it('a slug that does not exist yet creates the story, titled by the slug when no title is given', async () => {
    const file = decodeArticleBytes('other.txt', Buffer.from('Other headline\n\nOther body.\n'));
    const summary = await importStory(getDb(), {
      story: { slug: 'another-story' },
      articles: [{ file, outlet: 'Some Outlet', publishedAt: new Date('2022-01-01T12:00:00Z') }],
    });
    expect(summary.createdStory).toBe(true);
    await expect(getDb().story.findUniqueOrThrow({ where: { slug: 'another-story' }, select: { title: true } })).resolves.toEqual({
      title: 'another-story',
    });
  });
});
