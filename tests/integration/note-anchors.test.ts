// Issue 13 §3 (real PostgreSQL): editors' notes and rejected divergences are anchored to
// their sentences' positions, so they stay on their event or row when a new article changes
// its label and key, and through splits and merges; one that truly cannot be placed is
// listed as detached. Corrections carry a reason, are listed in the history and can be undone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as undoRoute } from '@/app/api/stories/[slug]/corrections/undo/route';
import { buildHistoryView } from '@/components/history/history-view';
import { buildPrintView } from '@/components/print/print-view';
import { createSession, SESSION_COOKIE } from '@/server/auth/session';
import { getStoryAnalysis } from '@/server/data/stories/get-story-analysis';
import { getStoryHistory } from '@/server/data/stories/get-story-history';
import { getDb } from '@/server/db';
import { createAnnotation } from '@/server/services/annotations/create-annotation';
import { createCorrection } from '@/server/services/corrections/create-correction';
import { undoCorrection } from '@/server/services/corrections/undo-correction';
import { importStory } from '@/server/services/import/import-story';
import { decodeArticleBytes } from '@/server/services/import/read-article-file';
import { analysisFinished } from '../support/analysis-run';
import { startTestWorker } from '../support/analysis-worker';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';

const SLUG = 'festival-notes';
const EDITOR = 'desk@example.org';
let database: FreshDatabase;
let worker: Awaited<ReturnType<typeof startTestWorker>>;
let editorId: number;
let cookie: string;

const article = (file: string, outlet: string, text: string) => ({
  file: decodeArticleBytes(file, Buffer.from(text)),
  outlet,
  publishedAt: new Date('2024-06-02T09:00:00Z'),
});
const add = (...articles: ReturnType<typeof article>[]) =>
  importStory(getDb(), { story: { slug: SLUG, title: 'Harbour festival' }, articles });

const BATHERS = 'Volunteers pulled a pair of bathers from the water close to the jetty.';
const CAFE = 'The pier cafe reopened on the promenade after the winter repairs.';
const GAZETTE = `Saved at sea\n\n${BATHERS}\n\n${CAFE}\n`;

const analysis = async () => (await getStoryAnalysis({ slug: SLUG }))!;
const groupWith = async (words: string) => (await analysis()).groups.find((g) => g.members.some((m) => m.text.includes(words)))!;
const eventWith = async (words: string) => (await analysis()).events.find((e) => e.sources.some((s) => s.text.includes(words)))!;
const notesOn = async (type: 'event' | 'group', key: string) =>
  (await analysis()).annotations
    .filter((a) => !a.detached && a.targetKey === key && (type === 'event' ? a.targetType === 'event' : a.targetType !== 'event'))
    .map((a) => a.body);
const note = (targetType: 'event' | 'claimGroup' | 'quote', targetKey: string, body: string) =>
  createAnnotation({ slug: SLUG, input: { targetType, targetKey, body }, author: EDITOR });

beforeAll(async () => {
  database = await freshDatabase();
  worker = await startTestWorker(database.url);
  editorId = (await getDb().editor.create({ data: { email: EDITOR, passwordHash: 'x' } })).id;
  cookie = `${SESSION_COOKIE}=${(await createSession(editorId)).value}`;
  await add(
    article(
      'herald.txt',
      'Coast Herald',
      'Fireworks open the harbour festival on Saturday\n\nThe council said 41,372 people attended the harbour festival on the esplanade.\n\n"It was the best weekend this town has had in years," said Mayor Ann Holt.\n',
    ),
    article(
      'times.txt',
      'Bay Times',
      'Harbour festival opens with Saturday fireworks\n\nAbout 40,000 people attended the esplanade festival, organisers estimated.\n\n"It was the best weekend this town has had in years," Mayor Ann Holt said.\n',
    ),
    article(
      'post.txt',
      'Harbour Post',
      'Music and boats\n\nA record 41,372 visitors came to the harbour festival, the council said.\n\nThe lifeboat crew rescued two swimmers near the pier.\n',
    ),
    article('gazette.txt', 'Shore Gazette', GAZETTE),
  );
});
afterAll(async () => {
  await worker.stop();
  await database.drop();
});

describe('notes and corrections never detach (real PostgreSQL)', () => {
  it('notes on an event, a fact row and a quotation, and a rejected divergence, stay put when a new article changes their keys', async () => {
    const event = await eventWith('fireworks');
    const row = await groupWith('The council said 41,372 people');
    const quote = (await analysis()).groups.find((g) => g.kind === 'quote' && g.label.includes('best weekend'))!;
    expect(row.divergences.map((d) => d.kind)).toContain('number');
    await note('event', event.key, 'Event note: the opening night.');
    await note('claimGroup', row.key, 'Row note: the council counted tickets.');
    await note('quote', quote.key, 'Quote note: said at the closing ceremony.');
    await createCorrection({
      slug: SLUG,
      input: { kind: 'reject_divergence', targetKey: row.key, divergenceKind: 'number', reason: 'An estimate and a count of one crowd.' },
      editorId,
    });

    await add(
      article(
        'echo.txt',
        // First in the rows' order (outlet name), so the rows it joins get new keys.
        'Anchor Weekly',
        'Weekend round-up\n\nThe harbour festival opened with fireworks on Saturday, and the crowds stayed on the esplanade until well after midnight.\n\nStewards said 41,372 people attended the harbour festival on the esplanade over the weekend.\n\n"It was the best weekend this town has had in years," Holt told reporters.\n',
      ),
    );
    const eventAfter = await eventWith('fireworks');
    const rowAfter = await groupWith('The council said 41,372 people');
    const quoteAfter = (await analysis()).groups.find((g) => g.kind === 'quote' && g.label.includes('best weekend'))!;
    // The new article joined each target, so its key changed: the notes follow the sentences, not the keys.
    expect(eventAfter.sources.some((s) => s.text.includes('opened with fireworks on Saturday'))).toBe(true);
    expect(eventAfter.key).not.toBe(event.key);
    expect(rowAfter.members.some((m) => m.text.includes('Stewards said'))).toBe(true);
    expect(rowAfter.key).not.toBe(row.key);
    expect(quoteAfter.members.length).toBeGreaterThan(quote.members.length);
    expect(await notesOn('event', eventAfter.key)).toEqual(['Event note: the opening night.']);
    expect(await notesOn('group', rowAfter.key)).toEqual(['Row note: the council counted tickets.']);
    expect(await notesOn('group', quoteAfter.key)).toEqual(['Quote note: said at the closing ceremony.']);
    expect(rowAfter.divergences.map((d) => d.kind)).not.toContain('number');
    expect(rowAfter.corrections?.map((c) => c.note)).toEqual(['An editor marked the number divergence as wrong']);
    expect((await analysis()).annotations.filter((a) => a.detached)).toEqual([]);

    // The PDF reads the same placement.
    const print = buildPrintView(await analysis());
    expect(print.events.find((e) => e.label === eventAfter.label)?.notes.map((n) => n.body)).toEqual(['Event note: the opening night.']);
    expect(print.grid.find((r) => r.key === rowAfter.key)?.notes.map((n) => n.body)).toEqual(['Row note: the council counted tickets.']);
    expect(print.quotes.find((q) => q.key === quoteAfter.key)?.notes.map((n) => n.body)).toEqual([
      'Quote note: said at the closing ceremony.',
    ]);
  });

  it('a split keeps the note on the row that keeps most of its claims; a merge shows the notes of both rows', async () => {
    const row = await groupWith('The council said 41,372 people');
    const estimate = row.members.find((m) => m.text.includes('40,000'))!;
    const split = await createCorrection({
      slug: SLUG,
      input: { kind: 'split_group', targetKey: row.key, move: [estimate.key!], reason: 'An estimate, not the count.' },
      editorId,
    });
    await analysisFinished(split.runId);
    const kept = await groupWith('The council said 41,372 people');
    expect(kept.members.some((m) => m.text.includes('40,000'))).toBe(false);
    expect(await notesOn('group', kept.key)).toEqual(['Row note: the council counted tickets.']);
    expect(await notesOn('group', (await groupWith('40,000')).key)).toEqual([]);

    const lifeboat = await groupWith('lifeboat crew');
    const bathers = await groupWith('bathers');
    await note('claimGroup', lifeboat.key, 'Lifeboat note.');
    await note('claimGroup', bathers.key, 'Bathers note.');
    const merge = await createCorrection({
      slug: SLUG,
      input: { kind: 'merge_groups', targetKey: lifeboat.key, withKey: bathers.key },
      editorId,
    });
    await analysisFinished(merge.runId);
    const merged = await groupWith('lifeboat crew');
    expect(merged.members.some((m) => m.text.includes('bathers'))).toBe(true);
    expect((await notesOn('group', merged.key)).sort()).toEqual(['Bathers note.', 'Lifeboat note.']);
  });

  it('lists every correction in the history with who, when and why, and an undone split puts the row back with its note', async () => {
    const history = (await getStoryHistory({ slug: SLUG }))!;
    expect(history.entries.map((e) => e.kind)).toEqual(['merge_groups', 'split_group', 'reject_divergence']);
    const dto = await analysis();
    const view = buildHistoryView(SLUG, history.entries, dto.detachedCorrectionIds ?? [], dto.annotations);
    expect(view.items.map((item) => [item.action, item.editor, item.status])).toEqual([
      ['Merged two rows into one', EDITOR, 'applied'],
      ['Moved a claim out of a row', EDITOR, 'applied'],
      ['Marked the number divergence as wrong', EDITOR, 'applied'],
    ]);
    expect(view.items[1].reason).toBe('An estimate, not the count.');
    expect(view.items[0].reason).toBeNull();

    const split = history.entries.find((e) => e.kind === 'split_group')!;
    const undone = await undoCorrection({ slug: SLUG, input: { id: split.id }, editor: EDITOR });
    await analysisFinished(undone.runId);
    const row = await groupWith('The council said 41,372 people');
    expect(row.members.some((m) => m.text.includes('40,000'))).toBe(true);
    expect(await notesOn('group', row.key)).toEqual(['Row note: the council counted tickets.']);
    const after = (await getStoryHistory({ slug: SLUG }))!.entries.find((e) => e.id === split.id)!;
    expect(after).toMatchObject({ undoneBy: EDITOR, undoneAt: expect.any(String) });
    await expect(undoCorrection({ slug: SLUG, input: { id: split.id }, editor: EDITOR })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('the undo route answers 4xx for what it cannot do, never 500', async () => {
    const post = (body: Record<string, string>, headers: Record<string, string> = {}) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(body)) form.set(name, value);
      return undoRoute(
        new Request(`http://localhost/api/stories/${SLUG}/corrections/undo`, {
          method: 'POST',
          headers: { host: 'localhost', origin: 'http://localhost', cookie, accept: 'application/json', ...headers },
          body: form,
        }),
        { params: Promise.resolve({ slug: SLUG }) },
      );
    };
    const split = (await getStoryHistory({ slug: SLUG }))!.entries.find((e) => e.kind === 'split_group')!;
    expect((await post({ id: 'abc' })).status).toBe(400);
    expect((await post({})).status).toBe(400);
    expect((await post({ id: '99999999999' })).status).toBe(400);
    expect((await post({ id: '999999' })).status).toBe(404);
    expect((await post({ id: String(split.id) })).status).toBe(409);
    expect((await post({ id: String(split.id) }, { cookie: '' })).status).toBe(401);
    // A browser whose session ended goes to the sign-in page, which brings it back to the page.
    const signedOut = await post(
      { id: String(split.id) },
      { cookie: '', accept: 'text/html', referer: `http://localhost/stories/${SLUG}/history?x=1` },
    );
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe(`/sign-in?next=${encodeURIComponent(`/stories/${SLUG}/history?x=1`)}`);
    expect((await post({ id: String(split.id) }, { origin: 'http://evil.example' })).status).toBe(403);
    const reject = (await getStoryHistory({ slug: SLUG }))!.entries.find((e) => e.kind === 'reject_divergence')!;
    const done = await post(
      { id: String(reject.id), returnTo: `/stories/${SLUG}/history#correction-${reject.id}` },
      { accept: 'text/html' },
    );
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/stories/${SLUG}/history#correction-${reject.id}`);
    expect((await groupWith('The council said 41,372 people')).divergences.map((d) => d.kind)).toContain('number');
  });

  it('a note whose sentence is gone is listed as detached, not dropped; one whose sentence only moved stays', async () => {
    await note('claimGroup', (await groupWith('pier cafe')).key, 'Cafe note.');
    const before = (await analysis()).annotations.find((a) => a.body === 'Bathers note.')!;
    expect(before.detached).toBeFalsy();
    // The Gazette's article is replaced by a version whose sentences sit elsewhere, the bathers' one reworded.
    await add(
      article(
        'gazette.txt',
        'Shore Gazette',
        `Saved at sea, updated\n\nA new first paragraph moves every sentence.\n\nTwo swimmers in trouble were brought ashore by volunteers.\n\n${CAFE}\n`,
      ),
    );
    const dto = await analysis();
    expect(await notesOn('group', (await groupWith('pier cafe')).key)).toEqual(['Cafe note.']);
    const after = dto.annotations.find((a) => a.body === 'Bathers note.')!;
    expect(after.detached).toBe(true);
    const view = buildHistoryView(SLUG, (await getStoryHistory({ slug: SLUG }))!.entries, dto.detachedCorrectionIds ?? [], dto.annotations);
    expect(view.detachedNotes.map((n) => [n.body, n.kind, n.target])).toEqual([['Bathers note.', 'Compared row', before.targetLabel]]);
    // The lifeboat row keeps its own note.
    expect(await notesOn('group', (await groupWith('lifeboat crew')).key)).toContain('Lifeboat note.');
  });

  it('asks for a speaker and refuses an unknown quotation, saying why', async () => {
    const dto = await analysis();
    const quote = dto.quotes[0];
    await expect(
      createCorrection({
        slug: SLUG,
        input: { kind: 'reassign_speaker', targetKey: 'nowhere.txt@0', personKey: dto.people[0].key },
        editorId,
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    const { correctionSchema } = await import('@/server/services/corrections/create-correction');
    expect(correctionSchema.safeParse({ kind: 'reassign_speaker', targetKey: quote.key, personKey: '' }).error?.issues[0].message).toBe(
      'Choose a speaker.',
    );
    const reject = { kind: 'reject_divergence', targetKey: 'fact-a', divergenceKind: 'number' };
    expect(correctionSchema.safeParse({ ...reject, reason: 'x'.repeat(1001) }).error?.issues[0].message).toBe(
      'The reason is longer than 1,000 characters.',
    );
    expect(correctionSchema.safeParse({ ...reject, reason: 'a\u0000b' }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...reject, reason: '' }).success).toBe(true);
  });
});
