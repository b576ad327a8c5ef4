// Editors' splits and merges (real PostgreSQL): stored by the claims' stable keys, applied
// by re-analysing the story in the background, marked as corrected by an editor, and kept
// when the story is analysed again after another article is added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseStory } from '@/pipeline/cross-article/analyse-story';
import { getStoryAnalysis } from '@/server/data/stories/get-story-analysis';
import { getDb } from '@/server/db';
import { loadStoryInput } from '@/server/services/analyse/load-story-input';
import { correctionSchema, createCorrection } from '@/server/services/corrections/create-correction';
import { importStory } from '@/server/services/import/import-story';
import { decodeArticleBytes } from '@/server/services/import/read-article-file';
import { analysisFinished } from '../support/analysis-run';
import { startTestWorker } from '../support/analysis-worker';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';

const SLUG = 'festival-corrections';
let database: FreshDatabase;
let worker: Awaited<ReturnType<typeof startTestWorker>>;
let editorId: number;

const article = (file: string, outlet: string, text: string) => ({
  file: decodeArticleBytes(file, Buffer.from(text)),
  outlet,
  publishedAt: new Date('2024-06-02T09:00:00Z'),
});

async function add(...articles: ReturnType<typeof article>[]) {
  return importStory(getDb(), { story: { slug: SLUG, title: 'Harbour festival' }, articles });
}

const analysis = async () => (await getStoryAnalysis({ slug: SLUG }))!;
const groupWith = async (words: string) =>
  (await analysis()).groups.find((group) => group.members.some((member) => member.text.includes(words)))!;
const memberWith = (group: Awaited<ReturnType<typeof groupWith>>, words: string) =>
  group.members.find((member) => member.text.includes(words))!;

beforeAll(async () => {
  database = await freshDatabase();
  worker = await startTestWorker(database.url);
  editorId = (await getDb().editor.create({ data: { email: 'desk@example.org', passwordHash: 'x' } })).id;
  await add(
    article(
      'herald.txt',
      'Coast Herald',
      'Crowds by the sea\n\nThe council said 41,372 people attended the harbour festival on the esplanade.\n',
    ),
    article('times.txt', 'Bay Times', 'Busy weekend\n\nAbout 40,000 people attended the esplanade festival, organisers estimated.\n'),
    article(
      'post.txt',
      'Harbour Post',
      'Music and boats\n\nA record 41,372 visitors came to the harbour festival, the council said.\n\nThe lifeboat crew rescued two swimmers near the pier.\n',
    ),
    article('gazette.txt', 'Shore Gazette', 'Saved at sea\n\nVolunteers pulled a pair of bathers from the water close to the jetty.\n'),
  );
});
afterAll(async () => {
  await worker.stop();
  await database.drop();
});

describe('splits and merges (real PostgreSQL)', () => {
  it('a split moves the chosen claim to a row of its own; the rest agree and both rows say an editor corrected them', async () => {
    const before = await groupWith('40,000');
    expect(before.members).toHaveLength(3);
    expect(before.status).toBe('diverged');
    const { runId } = await createCorrection({
      slug: SLUG,
      input: { kind: 'split_group', targetKey: before.key, move: [memberWith(before, '40,000').key!] },
      editorId,
    });
    await analysisFinished(runId);

    const moved = await groupWith('40,000');
    expect(moved.members).toHaveLength(1);
    expect(moved.corrections?.map((c) => c.note)).toEqual(['An editor moved this claim out of another row']);
    const rest = await groupWith('41,372 people');
    expect(rest.members).toHaveLength(2);
    expect(rest.members.some((m) => m.text.includes('41,372 visitors'))).toBe(true);
    expect(rest.status).toBe('agreed');
    expect(rest.divergences.map((d) => d.kind)).not.toContain('number');
    expect(rest.corrections).toEqual([
      { note: 'An editor moved a claim out of this row', editor: 'desk@example.org', createdAt: expect.any(String) },
    ]);
  });

  it('a merge joins two rows the analysis kept apart, marked as corrected by an editor', async () => {
    const lifeboat = await groupWith('lifeboat crew');
    const bathers = await groupWith('bathers');
    expect(lifeboat.key).not.toBe(bathers.key);
    const { runId } = await createCorrection({
      slug: SLUG,
      input: { kind: 'merge_groups', targetKey: lifeboat.key, withKey: bathers.key },
      editorId,
    });
    await analysisFinished(runId);

    const merged = await groupWith('lifeboat crew');
    expect(merged.members.map((m) => m.text).some((text) => text.includes('bathers'))).toBe(true);
    expect(merged.corrections?.map((c) => c.note)).toEqual(['An editor merged two rows into this one']);
  });

  it('both corrections survive the re-analysis that follows a new article', async () => {
    const summary = await add(
      article('echo.txt', 'Evening Echo', 'Weekend round-up\n\nStewards counted 41,372 festival visitors at the gates.\n'),
    );
    expect(summary.added).toBe(1);
    expect(summary.analysis).not.toBeNull();
    expect((await analysis()).articles).toHaveLength(5);

    // Without the editors' corrections the analysis would put the Bay Times' figure back with the council's.
    const input = await loadStoryInput(getDb(), (await analysis()).story.id);
    expect(input.corrections).toHaveLength(2);
    const uncorrected = analyseStory({ ...input, corrections: [] });
    const claimId = (words: string) => input.articles.flatMap((a) => a.claims).find((c) => c.text.includes(words))!.id;
    const groupOfClaim = (groups: typeof uncorrected.groups, words: string) =>
      groups.find((g) => g.members.some((m) => m.claimId === claimId(words)))!;
    expect(groupOfClaim(uncorrected.groups, '40,000')).toBe(groupOfClaim(uncorrected.groups, '41,372 visitors'));
    expect(groupOfClaim(uncorrected.groups, 'lifeboat')).not.toBe(groupOfClaim(uncorrected.groups, 'bathers'));

    // The Bay Times' figure stays out of the row of the council's figure, which still says why.
    const moved = await groupWith('40,000');
    expect(moved.members.every((m) => !m.text.includes('41,372'))).toBe(true);
    const rest = await groupWith('41,372 visitors');
    expect(rest.members.map((m) => m.articleId).length).toBe(3);
    expect(rest.members.every((m) => !m.text.includes('40,000'))).toBe(true);
    const council = await groupWith('The council said 41,372 people');
    expect(council.corrections?.map((c) => c.note)).toContain('An editor moved a claim out of this row');
    const merged = await groupWith('lifeboat crew');
    expect(merged.members.some((m) => m.text.includes('bathers'))).toBe(true);
    expect(merged.corrections?.map((c) => c.note)).toContain('An editor merged two rows into this one');
  });

  it('a possibly related row confirmed by an editor becomes one confident row; a row of one cannot be confirmed', async () => {
    // A dated report and an undated one from an article five weeks later: possibly the same fact, not sure.
    const ferry = (file: string, outlet: string, publishedAt: string, text: string) => ({
      ...article(file, outlet, text),
      publishedAt: new Date(publishedAt),
    });
    await importStory(getDb(), {
      story: { slug: 'ferry-service', title: 'Ferry service' },
      articles: [
        ferry(
          'isle.txt',
          'Isle Courier',
          '2024-05-04T09:00:00Z',
          'Ferries again\n\nThe ferry service between the two islands resumed on Friday, May 3 following repairs to the damaged pier.\n',
        ),
        ferry(
          'coast.txt',
          'Coast Weekly',
          '2024-06-10T09:00:00Z',
          'Island links\n\nThe ferry service between the two islands resumed following repairs to the damaged pier.\n',
        ),
      ],
    });
    const rows = async () => (await getStoryAnalysis({ slug: 'ferry-service' }))!.groups;
    const possible = (await rows()).find((g) => g.members.length === 2)!;
    expect(possible.status).toBe('possible');
    expect(possible.divergences).toEqual([]);
    const { runId } = await createCorrection({
      slug: 'ferry-service',
      input: { kind: 'confirm_group', targetKey: possible.key },
      editorId,
    });
    await analysisFinished(runId);
    const confirmed = (await rows()).find((g) => g.members.length === 2)!;
    expect(confirmed.status).toBe('agreed');
    const single = (await rows()).find((g) => g.members.length === 1);
    if (single)
      await expect(
        createCorrection({ slug: 'ferry-service', input: { kind: 'confirm_group', targetKey: single.key }, editorId }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('refuses what cannot be done, saying why, and stores nothing', async () => {
    const rest = await groupWith('41,372 visitors');
    const lifeboat = await groupWith('lifeboat crew');
    const count = await getDb().correction.count();
    const refused = [
      { kind: 'split_group' as const, targetKey: rest.key, move: ['nowhere.txt@0'] },
      { kind: 'split_group' as const, targetKey: rest.key, move: rest.members.map((m) => m.key!) },
      { kind: 'split_group' as const, targetKey: 'fact-gone', move: [rest.members[0].key!] },
      { kind: 'merge_groups' as const, targetKey: rest.key, withKey: rest.key },
      { kind: 'merge_groups' as const, targetKey: rest.key, withKey: 'fact-gone' },
      // Both rows have a claim from the Harbour Post: one row holds one claim per article.
      { kind: 'merge_groups' as const, targetKey: rest.key, withKey: lifeboat.key },
    ];
    for (const input of refused) {
      await expect(createCorrection({ slug: SLUG, input, editorId }), JSON.stringify(input)).rejects.toMatchObject({
        code: 'invalid_input',
      });
    }
    expect(await getDb().correction.count()).toBe(count);
  });

  it('the form schema refuses a merge of a row with itself and a split with nothing ticked', () => {
    expect(correctionSchema.safeParse({ kind: 'merge_groups', targetKey: 'fact-a', withKey: 'fact-a' }).error?.issues[0].message).toMatch(
      /cannot be merged with itself/,
    );
    expect(correctionSchema.safeParse({ kind: 'split_group', targetKey: 'fact-a', move: [] }).error?.issues[0].message).toMatch(
      /Tick at least one/,
    );
  });
});
