// Editors' corrections (real PostgreSQL): a divergence marked wrong and a quotation's
// speaker reassigned show in the analysis the pages read, and survive a re-analysis.

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStoryAnalysis } from '@/server/data/stories/get-story-analysis';
import { getDb } from '@/server/db';
import { createCorrection } from '@/server/services/corrections/create-correction';
import { importStory } from '@/server/services/import/import-story';
import { resolveImportRequest } from '@/server/services/import/resolve-import-request';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';

const SEEDS = path.resolve('seeds');
const SLUG = 'harris-lopez-obrador-2021';
let database: FreshDatabase;
let editorId: number;

beforeAll(async () => {
  database = await freshDatabase();
  await importStory(getDb(), await resolveImportRequest({ paths: [] }, SEEDS));
  editorId = (await getDb().editor.create({ data: { email: 'fix@example.org', passwordHash: 'x' } })).id;
});
afterAll(async () => {
  await database.drop();
});

const april = async () =>
  (await getStoryAnalysis({ slug: SLUG }))!.groups.find((g) => g.members.some((m) => m.text.includes('170,000 encounters')))!;

describe('corrections (real PostgreSQL)', () => {
  it('a divergence marked wrong disappears from the analysis, the status follows, and the page can say an editor corrected it', async () => {
    const before = await april();
    expect(before.divergences.map((d) => d.kind)).toContain('number');
    await createCorrection({ slug: SLUG, input: { kind: 'reject_divergence', targetKey: before.key, divergenceKind: 'number' }, editorId });
    const after = await april();
    expect(after.divergences.map((d) => d.kind)).not.toContain('number');
    expect(after.status).toBe('agreed');
    expect(after.corrections?.[0]).toMatchObject({ editor: 'fix@example.org' });
  });

  it("a quotation's speaker reassigned by an editor is what the analysis says", async () => {
    const dto = (await getStoryAnalysis({ slug: SLUG }))!;
    const quote = dto.quotes.find((q) => q.text.startsWith('This is disappointing to see'))!;
    const other = dto.people.find((p) => p.id !== quote.speakerId)!;
    await createCorrection({ slug: SLUG, input: { kind: 'reassign_speaker', targetKey: quote.key!, personKey: other.key }, editorId });
    const corrected = (await getStoryAnalysis({ slug: SLUG }))!.quotes.find((q) => q.id === quote.id)!;
    expect(corrected).toMatchObject({ speakerId: other.id, correctedBy: 'fix@example.org' });
  });

  it('corrections survive a re-analysis of the story', async () => {
    const request = await resolveImportRequest({ paths: [] }, SEEDS);
    const changed = request.articles.find((a) => a.file.sourceFile.startsWith('004'))!;
    changed.file = {
      ...changed.file,
      rawText: `${changed.file.rawText}\n\nThe town council met on Thursday to discuss parking fees.\n`,
      contentHash: 'changed',
    };
    expect((await importStory(getDb(), request)).analysis).not.toBeNull();
    const after = await april();
    expect(after.divergences.map((d) => d.kind)).not.toContain('number');
    expect(after.corrections).toHaveLength(1);
  });

  it('refuses a correction of a divergence that does not exist', async () => {
    await expect(
      createCorrection({ slug: SLUG, input: { kind: 'reject_divergence', targetKey: 'fact-nothing', divergenceKind: 'date' }, editorId }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
