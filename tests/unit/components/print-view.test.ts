import { describe, expect, it } from 'vitest';
import { buildPrintView } from '@/components/print/print-view';
import type { ArticleDto, ClaimGroupDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';

// A hand-built story of two outlets with a note or a correction on every kind of target.
const outlets = [
  { slug: 'herald', name: 'Herald' },
  { slug: 'times', name: 'Times' },
];

const article = (id: number, extra: Partial<ArticleDto> = {}): ArticleDto => ({
  id,
  sourceFile: `00${id}_internal.txt`,
  outlet: outlets[id - 1],
  headline: `Headline ${id}`,
  publishedAt: '2030-03-04T12:00:00.000Z',
  url: null,
  language: 'en',
  wordCount: 100,
  familyKey: null,
  skippedStages: [],
  ...extra,
});

const member = (id: number, articleId: number, text: string, quoteId: number | null = null) => ({
  id,
  articleId,
  claimId: quoteId === null ? id : null,
  quoteId,
  sentenceId: id,
  text,
  similarity: 0.5,
});

const group = (id: number, extra: Partial<ClaimGroupDto>): ClaimGroupDto => ({
  id,
  key: `g${id}`,
  kind: 'fact',
  status: 'agreed',
  label: `Label ${id}`,
  score: 0.5,
  members: [],
  divergences: [],
  ...extra,
});

const correction = (note: string) => ({ note, editor: 'ed@example.org', createdAt: '2030-03-05T00:00:00.000Z' });

const note = (id: number, targetType: string, targetKey: string) => ({
  id,
  targetType,
  targetKey,
  body: `Note on ${targetKey}`,
  author: 'ed@example.org',
  createdAt: '2030-03-05T00:00:00.000Z',
});

const dto: StoryAnalysisDto = {
  story: { id: 1, slug: 's', title: 'S', revision: 1, analysed: true },
  outlets,
  articles: [article(1, { url: 'https://herald.example/a' }), article(2)],
  people: [{ id: 7, key: 'mayor', name: 'Mayor Jo Grant', role: null, aliases: [] }],
  quotes: [
    {
      id: 41,
      articleId: 1,
      sentenceId: 41,
      text: 'we will build it',
      speakerId: 7,
      speakerLabel: null,
      verb: 'said',
      kind: 'direct',
      confidence: 1,
    },
    {
      id: 42,
      articleId: 2,
      sentenceId: 42,
      text: 'we will build it',
      speakerId: 7,
      speakerLabel: null,
      verb: 'said',
      kind: 'direct',
      confidence: 1,
      correctedBy: 'ed@example.org',
    },
  ],
  groups: [
    group(1, { label: 'A agreed fact', members: [member(11, 1, 'a'), member(12, 2, 'a')] }),
    group(2, {
      status: 'diverged',
      label: 'Z diverged fact',
      members: [member(21, 1, '40 buses'), member(22, 2, '53 buses')],
      divergences: [{ id: 201, kind: 'number', detail: 'figures', score: 0.7, data: {}, memberIds: [21, 22], articleIds: [1, 2] }],
    }),
    group(3, {
      status: 'single',
      label: 'A lone fact',
      members: [member(31, 1, 'lone')],
      corrections: [correction('An editor moved this claim out of another row')],
    }),
    group(4, {
      kind: 'quote',
      label: 'Mayor Jo Grant: “we will build it”',
      members: [member(41, 1, 'we will build it', 41), member(42, 2, 'we will build it', 42)],
      corrections: [correction('An editor marked the wording divergence as wrong')],
    }),
  ],
  events: [
    {
      id: 1,
      key: 'e1',
      date: '2030-03-04',
      precision: 'day',
      label: 'The bridge opened',
      note: null,
      sources: [{ articleId: 1, sentenceId: 11, text: 'a' }],
    },
  ],
  framing: [],
  mentionCounts: [],
  annotations: [
    note(1, 'claimGroup', 'g1'),
    note(2, 'quote', 'g4'),
    note(3, 'event', 'e1'),
    note(4, 'claimGroup', 'g3'),
    note(5, 'claimGroup', 'gone'),
  ],
};

describe('print view', () => {
  const view = buildPrintView(dto, ['grid', 'quotes', 'timeline', 'sources']);

  it('puts diverged rows first in the grid', () => {
    expect(view.grid.map((row) => row.key)).toEqual(['g2', 'g1', 'g4']);
  });

  it('carries the notes and corrections of each grid row and quotation', () => {
    expect(view.grid.find((row) => row.key === 'g1')?.notes.map((n) => n.body)).toEqual(['Note on g1']);
    expect(view.grid.find((row) => row.key === 'g4')?.corrections.map((c) => c.note)).toEqual([
      'An editor marked the wording divergence as wrong',
    ]);
    const quote = view.quotes[0];
    expect(quote.notes.map((n) => n.body)).toEqual(['Note on g4']);
    expect(quote.corrections).toHaveLength(1);
    expect([quote.speakerCorrectedBy, ...quote.variants.map((v) => v.speakerCorrectedBy)]).toContain('ed@example.org');
    expect(view.events[0].notes.map((n) => n.body)).toEqual(['Note on e1']);
  });

  it('lists the notes and corrections no section shows: a one-outlet row, a target gone', () => {
    expect(view.editorial).toEqual([
      {
        target: 'Compare row: A lone fact',
        notes: [{ body: 'Note on g3', author: 'ed@example.org' }],
        corrections: [correction('An editor moved this claim out of another row')],
      },
      { target: 'A compare row no longer in the analysis', notes: [{ body: 'Note on gone', author: 'ed@example.org' }], corrections: [] },
    ]);
  });

  it('moves a note to the end when its section is not chosen', () => {
    const gridOnly = buildPrintView(dto, ['grid']);
    const targets = gridOnly.editorial.map((item) => item.target);
    expect(targets).toContain('Timeline event: The bridge opened');
    // The quotation's row is in the grid, with its note; the reassigned speaker is said at the end.
    expect(targets).not.toContain('Quotation: Mayor Jo Grant: “we will build it”');
    expect(gridOnly.editorial.find((item) => item.target.startsWith('Quotation in Times'))?.corrections[0].note).toBe(
      'An editor gave this quotation to Mayor Jo Grant',
    );
  });

  it('gives sources their address and never an internal file name', () => {
    expect(view.sources.map((source) => source.url)).toEqual(['https://herald.example/a', null]);
    expect(JSON.stringify(view.sources)).not.toContain('internal.txt');
  });
});
