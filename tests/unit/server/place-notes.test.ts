import { describe, expect, it } from 'vitest';
import { buildHistoryView } from '@/components/history/history-view';
import type { CorrectionRow } from '@/server/corrections/apply-corrections';
import { placeNotesAndCorrections } from '@/server/corrections/place-notes';
import type { AnnotationDto, ClaimGroupDto, EventDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';
import type { HistoryEntryDto } from '@/server/data/stories/get-story-history';

const group = (key: string, memberKeys: string[]): ClaimGroupDto => ({
  id: 1,
  key,
  kind: 'fact',
  status: 'agreed',
  label: key,
  score: 0.5,
  members: memberKeys.map((memberKey, index) => ({
    id: index,
    articleId: index,
    claimId: index,
    quoteId: null,
    sentenceId: null,
    key: memberKey,
    text: memberKey,
    similarity: 0.5,
  })),
  divergences: [],
});
const event = (key: string, anchors: string[]): EventDto => ({
  id: 1,
  key,
  date: '2024-06-01',
  precision: 'day',
  label: key,
  note: null,
  sources: [],
  anchors,
});
const note = (id: number, targetType: string, targetKey: string, anchors: string[]): AnnotationDto => ({
  id,
  targetType,
  targetKey,
  body: `note ${id}`,
  author: 'desk@example.org',
  createdAt: '2026-01-02T00:00:00.000Z',
  anchors,
  targetLabel: `label ${id}`,
});
const dto = (annotations: AnnotationDto[]): StoryAnalysisDto => ({
  story: { id: 1, slug: 's', title: 'S', revision: 1, analysed: true },
  outlets: [],
  articles: [],
  people: [],
  quotes: [
    {
      id: 1,
      articleId: 1,
      sentenceId: null,
      text: 'q',
      speakerId: null,
      speakerLabel: null,
      verb: null,
      kind: 'direct',
      confidence: 1,
      key: 'a@100',
    },
  ],
  groups: [group('fact-new', ['a@1', 'b@2', 'n@3']), group('fact-other', ['c@4'])],
  events: [event('2024-06-01/new-label', ['a@0', 'n@0']), event('2024-06-02/other', ['c@0'])],
  framing: [],
  mentionCounts: [],
  annotations,
});
const correction = (id: number, kind: CorrectionRow['kind'], targetKey: string, data: Record<string, unknown>): CorrectionRow => ({
  id,
  kind,
  targetKey,
  data,
  editor: 'desk@example.org',
  createdAt: '2026-01-02T00:00:00.000Z',
});

describe('place-notes', () => {
  it('place-notes: notes move to the event or row that now holds their anchors; the others are marked detached', () => {
    const placed = placeNotesAndCorrections(
      dto([
        note(1, 'event', '2024-06-01/old-label', ['a@0']),
        note(2, 'claimGroup', 'fact-old', ['a@1', 'b@2']),
        note(3, 'quote', 'fact-gone', ['z@9']),
      ]),
      [],
    );
    expect(placed.dto.annotations.map((a) => [a.id, a.targetKey, a.detached ?? false])).toEqual([
      [1, '2024-06-01/new-label', false],
      [2, 'fact-new', false],
      [3, 'fact-gone', true],
    ]);
  });

  it('place-notes: an event note is placed among events only, a row note among rows only', () => {
    // 'c@0' is an event source; no row holds it.
    const placed = placeNotesAndCorrections(dto([note(1, 'claimGroup', 'x', ['c@0'])]), []);
    expect(placed.dto.annotations[0].detached).toBe(true);
  });

  it('place-notes: a rejected divergence follows its anchors; one with nowhere to go and a reassignment of a vanished quotation are listed', () => {
    const placed = placeNotesAndCorrections(dto([]), [
      correction(1, 'reject_divergence', 'fact-old', { divergenceKind: 'number', anchors: ['b@2'] }),
      correction(2, 'reject_divergence', 'fact-gone', { divergenceKind: 'number', anchors: ['z@1'] }),
      correction(3, 'reassign_speaker', 'a@100', { personKey: 'p' }),
      correction(4, 'reassign_speaker', 'gone@1', { personKey: 'p' }),
    ]);
    expect(placed.corrections.map((c) => c.targetKey)).toEqual(['fact-new', 'fact-gone', 'a@100', 'gone@1']);
    expect(placed.dto.detachedCorrectionIds).toEqual([2, 4]);
  });
});

describe('history-view', () => {
  const entry = (
    id: number,
    kind: HistoryEntryDto['kind'],
    data: Record<string, unknown>,
    extra: Partial<HistoryEntryDto> = {},
  ): HistoryEntryDto => ({
    id,
    kind,
    targetKey: 'k',
    data,
    reason: null,
    editor: 'desk@example.org',
    createdAt: '2026-01-02T00:00:00.000Z',
    undoneAt: null,
    undoneBy: null,
    ...extra,
  });

  it('history-view: says what each correction did, on what, and whether it still applies', () => {
    const view = buildHistoryView(
      's',
      [
        entry(5, 'merge_groups', { memberKind: 'fact', keys: ['a'], otherKeys: ['b'], label: 'One', otherLabel: 'Two' }),
        entry(4, 'merge_groups', { memberKind: 'fact', keys: ['a'], otherKeys: ['b'], label: 'Same', otherLabel: 'Same' }),
        entry(3, 'split_group', { memberKind: 'quote', keys: ['a', 'b'], otherKeys: ['c'], label: 'Row' }, { reason: 'Two utterances.' }),
        entry(2, 'reassign_speaker', { personKey: 'p', personName: 'A Person', label: 'words' }, { editor: null }),
        entry(
          1,
          'reject_divergence',
          { divergenceKind: 'date', label: 'Row' },
          { undoneAt: '2026-01-03T00:00:00.000Z', undoneBy: 'chief@example.org' },
        ),
      ],
      [2],
      [note(9, 'event', 'e', []), { ...note(10, 'event', 'e', []), detached: true }],
    );
    expect(view.items.map((item) => [item.action, item.target, item.otherTarget, item.status])).toEqual([
      ['Merged two rows into one', 'One', 'Two', 'applied'],
      ['Confirmed a possibly related row as one fact', 'Same', null, 'applied'],
      ['Moved 2 quotations out of a row', 'Row', null, 'applied'],
      ['Reassigned the speaker of a quotation to A Person', 'words', null, 'detached'],
      ['Marked the date divergence as wrong', 'Row', null, 'undone'],
    ]);
    expect(view.items[2].reason).toBe('Two utterances.');
    expect(view.items[3]).toMatchObject({ editor: 'a former editor', href: '/stories/s/quotes' });
    expect(view.items[4]).toMatchObject({ undoneBy: 'chief@example.org' });
    expect(view.detachedNotes).toEqual([
      {
        id: 10,
        kind: 'Timeline event',
        target: 'label 10',
        body: 'note 10',
        author: 'desk@example.org',
        createdAt: '2026-01-02T00:00:00.000Z',
      },
    ]);
  });
});
