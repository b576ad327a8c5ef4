// Articles that are unusual but valid: no quotes, no names, one paragraph, 1 MB of text,
// another language. Each is stored with a clear status, in bounded time, and the story
// is still analysed.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/server/db';
import { type ImportProgressEvent, importStory } from '@/server/services/import/import-story';
import { decodeArticleBytes } from '@/server/services/import/read-article-file';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';

let database: FreshDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database.drop();
});

const published = new Date('2024-03-05T10:00:00Z');

function megabyteArticle(): string {
  const subjects = ['The council', 'The harbour authority', 'Local traders', 'The transport board', 'Residents'];
  const verbs = ['approved', 'questioned', 'postponed', 'welcomed', 'reviewed'];
  const objects = ['the bridge budget', 'a new ferry timetable', 'the parking plan', 'a report on flooding', 'the market lease'];
  const paragraphs: string[] = ['Harbour town debates its plans'];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const paragraph = `${subjects[i % 5]} ${verbs[(i * 3) % 5]} ${objects[(i * 7) % 5]} on day ${i}. The decision affects ${100 + i} households, officials said in a statement on the matter.`;
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

describe('import of unusual articles (real PostgreSQL)', () => {
  it('stores articles without quotes, without names, in one paragraph, of 1 MB, and in Spanish, with their status', async () => {
    const files = [
      {
        name: 'no-quotes.txt',
        text: 'Rain expected all week\n\nForecasters expect heavy rain across the region until Sunday.\n\nRivers may rise by up to two metres, the agency said.\n',
      },
      {
        name: 'no-names.txt',
        text: 'Prices rise again\n\nPrices rose by 3 percent in February, the third rise in a row.\n\nEconomists had expected a smaller increase.\n',
      },
      {
        name: 'one-paragraph.txt',
        text: 'The mayor said the works would start in May and the road would reopen in the autumn after "a long and difficult winter" for traders.',
      },
      { name: 'one-megabyte.txt', text: megabyteArticle() },
      { name: 'spanish.txt', text: readFileSync(path.resolve('tests/fixtures/coverage/31_es_proceso.txt'), 'utf8') },
    ];
    const events: ImportProgressEvent[] = [];
    const started = performance.now();
    const summary = await importStory(
      getDb(),
      {
        story: { slug: 'unusual-articles', title: 'Unusual articles' },
        articles: files.map(({ name, text }) => ({
          file: decodeArticleBytes(name, Buffer.from(text)),
          outlet: `Outlet ${name}`,
          publishedAt: published,
        })),
      },
      { onProgress: (event) => events.push(event) },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `unusual articles imported in ${seconds.toFixed(1)} s; per file: ${events.map((e) => `${e.sourceFile} ${e.ms.toFixed(0)} ms`).join(', ')}`,
    );
    expect(summary).toMatchObject({ added: 5 });
    expect(summary.analysis?.articles).toBe(5);

    const spanish = events.find((event) => event.sourceFile === 'spanish.txt')!;
    expect(spanish.language).toBe('es');
    expect(spanish.skipped.map((s) => s.stage)).toEqual(expect.arrayContaining(['people', 'quotes']));
    expect(spanish.skipped[0].reason).toContain('"es"');

    const stored = await getDb().article.findMany({
      where: { story: { slug: 'unusual-articles' } },
      select: {
        sourceFile: true,
        language: true,
        skippedStages: true,
        wordCount: true,
        _count: { select: { quotes: true, sentences: true, mentions: true } },
      },
    });
    const bySource = new Map(stored.map((article) => [article.sourceFile, article]));
    expect(bySource.get('spanish.txt')).toMatchObject({ language: 'es' });
    expect((bySource.get('spanish.txt')!.skippedStages as unknown[]).length).toBeGreaterThan(0);
    expect(bySource.get('spanish.txt')!._count.sentences).toBeGreaterThan(3);
    expect(bySource.get('no-quotes.txt')!._count.quotes).toBe(0);
    expect(bySource.get('no-names.txt')!._count.mentions).toBe(0);
    expect(bySource.get('one-paragraph.txt')!._count.quotes).toBe(1);
    expect(bySource.get('one-megabyte.txt')!.wordCount).toBeGreaterThan(150_000);
    expect(bySource.get('one-megabyte.txt')!._count.sentences).toBeGreaterThan(10_000);
    // The progress line gives the article's words as the outlets table does (the file's words apart).
    for (const event of events) expect(event.articleWords, event.sourceFile).toBe(bySource.get(event.sourceFile)!.wordCount);
  }, 240_000);
});
