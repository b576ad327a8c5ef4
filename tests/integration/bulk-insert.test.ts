// Many rows in one statement (real PostgreSQL): every column type the importer uses, ids
// read back by a natural key, duplicates skipped on request, and names that are not plain
// identifiers refused before any SQL is built.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkInsert } from '@/server/database/bulk-insert';
import { getDb } from '@/server/db';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';

let database: FreshDatabase;
let storyId: number;
let articleId: number;

beforeAll(async () => {
  database = await freshDatabase();
  const db = getDb();
  storyId = (await db.story.create({ data: { slug: 'bulk', title: 'Bulk' } })).id;
  const outlet = await db.outlet.create({ data: { slug: 'gazette', name: 'Gazette' } });
  articleId = (
    await db.article.create({
      data: {
        storyId,
        outletId: outlet.id,
        sourceFile: 'a.txt',
        contentHash: 'h',
        headline: 'H',
        publishedAt: new Date('2024-01-02'),
        language: 'en',
        wordCount: 3,
        rawText: 'One. Two.',
        cleanedText: 'One. Two.',
        skippedStages: [],
      },
    })
  ).id;
});
afterAll(async () => {
  await database.drop();
});

describe('bulkInsert (real PostgreSQL)', () => {
  it('bulk insert: stores ints, enums, text, JSON and text arrays, and returns ids by natural key', async () => {
    const db = getDb();
    const paragraphs = await bulkInsert<{ id: number; index: number }>(db, {
      table: 'Paragraph',
      columns: { articleId: 'int', index: 'int', kind: { enum: 'ParagraphKind' }, start: 'int', end: 'int' },
      rows: [0, 1].map((index) => ({ articleId, index, kind: 'body', start: index * 5, end: index * 5 + 4 })),
      returning: ['id', 'index'],
    });
    expect(paragraphs.map((row) => row.index).sort()).toEqual([0, 1]);
    const sentences = await bulkInsert<{ id: number; index: number }>(db, {
      table: 'Sentence',
      columns: { articleId: 'int', paragraphId: 'int', index: 'int', start: 'int', end: 'int' },
      rows: paragraphs.map((paragraph) => ({
        articleId,
        paragraphId: paragraph.id,
        index: paragraph.index,
        start: paragraph.index * 5,
        end: paragraph.index * 5 + 4,
      })),
      returning: ['id', 'index'],
    });
    await bulkInsert(db, {
      table: 'Claim',
      columns: {
        articleId: 'int',
        sentenceId: 'int',
        start: 'int',
        end: 'int',
        text: 'text',
        numbers: 'jsonb',
        dates: 'jsonb',
        personKeys: 'text[]',
      },
      rows: [
        {
          articleId,
          sentenceId: sentences[0].id,
          start: 0,
          end: 4,
          text: 'It’s “one” — 1,000',
          numbers: [{ value: 1000, unit: null }],
          dates: [],
          personKeys: ['jo grant', 'sam okafor'],
        },
      ],
    });
    const claim = await db.claim.findFirstOrThrow({ where: { articleId } });
    expect(claim).toMatchObject({
      text: 'It’s “one” — 1,000',
      numbers: [{ value: 1000, unit: null }],
      dates: [],
      personKeys: ['jo grant', 'sam okafor'],
    });
    const kinds = await db.paragraph.findMany({ where: { articleId }, select: { kind: true } });
    expect(kinds.map((row) => row.kind)).toEqual(['body', 'body']);
  });

  it('bulk insert: null values, floats, more rows than one statement takes, and no rows at all', async () => {
    const db = getDb();
    const rows = Array.from({ length: 12_001 }, (_, i) => ({
      storyId,
      key: `g${i}`,
      kind: 'fact',
      status: 'single',
      label: `label ${i}`,
      score: i / 3,
    }));
    const stored = await bulkInsert<{ id: number; key: string }>(db, {
      table: 'ClaimGroup',
      columns: { storyId: 'int', key: 'text', kind: { enum: 'GroupKind' }, status: { enum: 'GroupStatus' }, label: 'text', score: 'float' },
      rows,
      returning: ['id', 'key'],
    });
    expect(stored).toHaveLength(12_001);
    expect(await db.claimGroup.findUniqueOrThrow({ where: { storyId_key: { storyId, key: 'g12000' } }, select: { score: true } })).toEqual({
      score: 4000,
    });
    await bulkInsert(db, {
      table: 'Event',
      columns: { storyId: 'int', key: 'text', date: 'text', precision: { enum: 'DatePrecision' }, label: 'text', note: 'text' },
      rows: [{ storyId, key: 'e1', date: '2024-01-02', precision: 'day', label: 'L', note: null }],
    });
    expect((await db.event.findFirstOrThrow({ where: { storyId } })).note).toBeNull();
    expect(await bulkInsert(db, { table: 'Event', columns: { storyId: 'int' }, rows: [], returning: ['id'] })).toEqual([]);
  });

  it('bulk insert: duplicates are skipped when asked, refused otherwise, and the refusal writes nothing', async () => {
    const db = getDb();
    const group = await db.claimGroup.findFirstOrThrow({ where: { storyId }, select: { id: true } });
    const member = await db.claimGroupMember.create({ data: { groupId: group.id, articleId, similarity: 1 } });
    const divergence = await db.divergence.create({ data: { groupId: group.id, kind: 'number', detail: 'd', score: 1 } });
    const row = { divergenceId: divergence.id, memberId: member.id };
    const insert = (skipDuplicates: boolean) =>
      bulkInsert(db, { table: 'DivergenceMember', columns: { divergenceId: 'int', memberId: 'int' }, rows: [row, row], skipDuplicates });
    await expect(insert(false)).rejects.toThrow();
    expect(await db.divergenceMember.count()).toBe(0);
    await insert(true);
    expect(await db.divergenceMember.count()).toBe(1);
  });

  it('bulk insert: a table or column name that is not a plain identifier is refused', async () => {
    const db = getDb();
    await expect(bulkInsert(db, { table: 'Event"; DROP TABLE "Story', columns: { storyId: 'int' }, rows: [{ storyId }] })).rejects.toThrow(
      /not a plain identifier/,
    );
    await expect(bulkInsert(db, { table: 'Event', columns: { 'key" text); --': 'text' }, rows: [] })).rejects.toThrow(
      /not a plain identifier/,
    );
    expect(await db.story.count()).toBe(1);
  });
});
