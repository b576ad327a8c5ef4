// The cross-article analysis as the importer persists it: groups with members and
// divergences, events with their source sentences, framing terms, source families,
// the run recorded, and stable keys when an unrelated article changes.

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyExportSchema } from '@/lib/story-export';
import { getStoryAnalysis } from '@/server/data/stories/get-story-analysis';
import { listStories } from '@/server/data/stories/list-stories';
import { getDb } from '@/server/db';
import { toStoryExport } from '@/server/export/story-json';
import { importStory } from '@/server/services/import/import-story';
import { resolveImportRequest } from '@/server/services/import/resolve-import-request';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';

const SEEDS = path.resolve('seeds');
const SLUG = 'harris-lopez-obrador-2021';
let database: FreshDatabase;
// pg warns (once per process) when a query is sent on a client still running another one.
const warnings: string[] = [];
process.on('warning', (warning) => warnings.push(warning.message));

beforeAll(async () => {
  database = await freshDatabase();
  const summary = await importStory(getDb(), await resolveImportRequest({ paths: [] }, SEEDS));
  expect(summary.analysis).not.toBeNull();
});
afterAll(async () => {
  await database.drop();
});

const aprilGroup = () =>
  getDb().claimGroup.findFirstOrThrow({
    where: { story: { slug: SLUG }, kind: 'fact', members: { some: { claim: { text: { contains: '170,000 encounters' } } } } },
    include: { divergences: { include: { members: { include: { member: { select: { articleId: true } } } } } } },
  });

describe('story analysis persisted by the import (real PostgreSQL)', () => {
  it('the import and its analysis send one query at a time on their transaction', () => {
    expect(warnings.filter((message) => message.includes('already executing'))).toEqual([]);
  });

  it('stores the April figures as one fact with a number divergence between the two articles that give them', async () => {
    const group = await aprilGroup();
    expect(group.status).toBe('diverged');
    const number = group.divergences.find((d) => d.kind === 'number')!;
    expect(number.detail).toContain('178,120');
    const files = new Map(
      (await getDb().article.findMany({ select: { id: true, sourceFile: true } })).map((a) => [a.id, a.sourceFile.slice(0, 3)]),
    );
    expect(number.members.map((m) => files.get(m.member.articleId)).sort()).toEqual(['000', '002']);
  });

  it('stores dated events with source sentences from the articles that report them, May and June apart', async () => {
    const events = await getDb().event.findMany({
      where: { story: { slug: SLUG } },
      include: { sources: { include: { article: { select: { sourceFile: true } }, sentence: true } } },
    });
    const may = events.filter((e) => e.date === '2021-05-07');
    const june = events.filter((e) => e.date === '2021-06-08');
    expect(may.flatMap((e) => e.sources.map((s) => s.article.sourceFile.slice(0, 3)))).toContain('003');
    expect(june.flatMap((e) => e.sources.map((s) => s.article.sourceFile.slice(0, 3)))).not.toContain('003');
    for (const event of events) {
      expect(event.sources.length).toBeGreaterThan(0);
      expect(event.note).toMatch(/Reported by|Announced in advance by/);
    }
  });

  it('records the run, marks the story analysed at its revision, and stores framing terms per outlet', async () => {
    const story = await getDb().story.findUniqueOrThrow({
      where: { slug: SLUG },
      include: { analysisRuns: true, _count: { select: { framingTerms: true } } },
    });
    expect(story.analysedRevision).toBe(story.revision);
    expect(story.analysisRuns).toHaveLength(1);
    expect(story.analysisRuns[0].status).toBe('complete');
    expect(story._count.framingTerms).toBeGreaterThan(0);
  });

  it('importing the same files again changes nothing and does not re-run the analysis', async () => {
    const summary = await importStory(getDb(), await resolveImportRequest({ paths: [] }, SEEDS));
    expect(summary).toMatchObject({ unchanged: 5, analysis: null });
    expect(await getDb().analysisRun.count()).toBe(1);
  });

  it('the export document follows the contract and every reference in it resolves', async () => {
    const document = storyExportSchema.parse(toStoryExport((await getStoryAnalysis({ slug: SLUG }))!, new Date()));
    const articleIds = new Set(document.articles.map((a) => a.id));
    const personIds = new Set(document.people.map((p) => p.id));
    expect(document.articles.map((a) => a.sourceFile)).toContain('003_902e6964f8607039.txt');
    for (const quote of document.quotes) {
      expect(articleIds.has(quote.articleId)).toBe(true);
      if (quote.speakerId !== null) expect(personIds.has(quote.speakerId)).toBe(true);
      expect(quote.text).not.toMatch(/^["“']|["”']$/);
    }
    for (const claim of document.claims) {
      expect(claim.mentions.length).toBeGreaterThan(0);
      for (const mention of claim.mentions) expect(articleIds.has(mention.articleId)).toBe(true);
      if (claim.status === 'single') expect(claim.divergences.filter((d) => d.kind !== 'omission')).toEqual([]);
    }
    expect(document.claims.some((c) => c.kind === 'quote' && c.mentions.length > 1)).toBe(true);
    for (const event of document.events) for (const id of event.articleIds) expect(articleIds.has(id)).toBe(true);
  });

  it('one count everywhere: the home page, the JSON export and the import log report the same rows by status', async () => {
    const [listed] = (await listStories()).filter((story) => story.slug === SLUG);
    const document = toStoryExport((await getStoryAnalysis({ slug: SLUG }))!, new Date());
    const run = await getDb().analysisRun.findFirstOrThrow({
      where: { story: { slug: SLUG }, status: 'complete' },
      orderBy: { id: 'desc' },
    });
    expect(document.counts).toEqual(listed.claims);
    expect((run.stats as { groups: unknown }).groups).toEqual(listed.claims);
    expect(document.counts.agreed + document.counts.diverged + document.counts.possible + document.counts.single).toBe(
      document.claims.length,
    );
  });

  it('changing one article re-runs the analysis in the same import and keeps the keys of groups it does not touch', async () => {
    const before = await aprilGroup();
    const request = await resolveImportRequest({ paths: [] }, SEEDS);
    const changed = request.articles.find((a) => a.file.sourceFile.startsWith('004'))!;
    changed.file = {
      ...changed.file,
      rawText: `${changed.file.rawText}\n\nThe town council met on Thursday to discuss parking fees.\n`,
      contentHash: 'changed',
    };
    const summary = await importStory(getDb(), request);
    expect(summary).toMatchObject({ replaced: 1, unchanged: 4 });
    expect(summary.analysis).not.toBeNull();
    const after = await aprilGroup();
    expect(after.key).toBe(before.key);
    const story = await getDb().story.findUniqueOrThrow({ where: { slug: SLUG } });
    expect(story.analysedRevision).toBe(story.revision);
    expect(await getDb().analysisRun.count()).toBe(2);
  });
});
