import { describe, expect, it } from 'vitest';
import { buildCoverage } from '@/components/overview/coverage-view';
import { buildPrintView } from '@/components/print/print-view';
import { outletCells } from '@/lib/coverage-cell';
import type { ArticleDto, ClaimGroupDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';
import { coverageCells } from '@/server/export/coverage-cells';

// Three outlets; a quotation two of them carry in different words (the Ledger's is the
// fuller rendering, the Post's the variant), which the Courier leaves out.
const outlets = [
  { slug: 'ledger', name: 'Ledger' },
  { slug: 'post', name: 'Post' },
  { slug: 'courier', name: 'Courier' },
];
const article = (id: number, outlet: (typeof outlets)[number]): ArticleDto => ({
  id,
  sourceFile: `${outlet.slug}.txt`,
  outlet,
  headline: 'H',
  publishedAt: '2024-03-02T10:00:00.000Z',
  url: null,
  language: 'en',
  wordCount: 100,
  familyKey: `family-${id}`,
  skippedStages: [],
});
const worded: ClaimGroupDto = {
  id: 7,
  key: 'q7',
  kind: 'quote',
  status: 'diverged',
  label: 'We will rebuild the bridge',
  score: 0.8,
  members: [
    { id: 1, articleId: 1, claimId: null, quoteId: 11, sentenceId: 101, text: 'We will rebuild the bridge this year.', similarity: 0.8 },
    { id: 2, articleId: 2, claimId: null, quoteId: 12, sentenceId: 201, text: 'We will rebuild the bridge.', similarity: 0.8 },
  ],
  divergences: [
    {
      id: 3,
      kind: 'wording',
      detail: 'Post leaves out "this year"',
      score: 0.6,
      data: { variants: [{ articleId: 2 }] },
      memberIds: [1, 2],
      articleIds: [1, 2],
    },
    { id: 4, kind: 'omission', detail: 'Courier leaves it out', score: 0.7, data: { omittedBy: [3] }, memberIds: [1, 2], articleIds: [3] },
  ],
};
const unsure: ClaimGroupDto = {
  ...worded,
  id: 8,
  key: 'f8',
  kind: 'fact',
  status: 'possible',
  divergences: [{ ...worded.divergences[1], id: 5 }],
};
const dto = {
  story: { id: 1, slug: 'bridge', title: 'Bridge', revision: 1, analysed: true },
  outlets,
  articles: [article(1, outlets[0]), article(2, outlets[1]), article(3, outlets[2])],
  people: [],
  quotes: [
    {
      id: 11,
      articleId: 1,
      sentenceId: 101,
      text: 'We will rebuild the bridge this year.',
      speakerId: null,
      speakerLabel: 'The mayor',
      verb: 'said',
      kind: 'direct',
      confidence: 1,
    },
    {
      id: 12,
      articleId: 2,
      sentenceId: 201,
      text: 'We will rebuild the bridge.',
      speakerId: null,
      speakerLabel: 'The mayor',
      verb: 'said',
      kind: 'direct',
      confidence: 1,
    },
  ],
  groups: [worded, unsure],
  events: [],
  framing: [],
  mentionCounts: [],
  annotations: [],
} satisfies StoryAnalysisDto;
const outletOf = (articleId: number) => dto.articles.find((a) => a.id === articleId)?.outlet.slug;

describe('a row’s cells, one rule everywhere', () => {
  it('marks only the variant of a wording divergence as different, and the outlet that leaves it out as omitted', () => {
    const cells = outletCells(worded, ['ledger', 'post', 'courier'], outletOf);
    expect(cells.get('ledger')).toEqual({ state: 'reported', kinds: [], omitted: false });
    expect(cells.get('post')).toEqual({ state: 'different', kinds: ['wording'], omitted: false });
    expect(cells.get('courier')).toEqual({ state: 'missing', kinds: [], omitted: true });
  });

  it('a possibly related row carries no verdict: no difference, no omission', () => {
    const cells = outletCells(unsure, ['ledger', 'post', 'courier'], outletOf);
    expect(cells.get('post')?.state).toBe('possible');
    expect(cells.get('courier')).toEqual({ state: 'missing', kinds: [], omitted: false });
  });

  it('the overview grid, the CSV and the print page say the same of every cell', () => {
    const grid = buildCoverage(dto, { sort: 'outlets', showAll: true });
    const print = buildPrintView(dto, ['grid']);
    for (const group of dto.groups) {
      const row = grid.rows.find((r) => r.key === group.key)!;
      const exported = coverageCells(group, dto);
      const printed = print.grid.find((r) => r.key === group.key)!;
      const words = row.cells.map((cell) =>
        cell.omitted
          ? 'omitted'
          : { reported: 'reported', different: 'reported differently', possible: 'possibly related', missing: 'not reported' }[cell.state],
      );
      expect(outlets.map((o) => exported.get(o.slug))).toEqual(words);
      expect(printed.cells.map((c) => c.cell)).toEqual(words);
    }
    expect(coverageCells(worded, dto).get('courier')).toBe('omitted');
    expect(coverageCells(worded, dto).get('ledger')).toBe('reported');
  });
});
