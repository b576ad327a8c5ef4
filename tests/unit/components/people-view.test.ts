import { describe, expect, it } from 'vitest';
import { buildPeopleView, distinctAliases } from '@/components/people/people-view';
import type { QuoteDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';

function article(id: number, slug: string): StoryAnalysisDto['articles'][number] {
  return {
    id,
    sourceFile: `${id}.txt`,
    outlet: { slug, name: slug.toUpperCase() },
    headline: '',
    publishedAt: '2030-01-01T12:00:00.000Z',
    url: null,
    language: 'en',
    wordCount: 1,
    familyKey: null,
    skippedStages: [],
  };
}
const quote = (id: number, articleId: number, speakerId: number | null): QuoteDto => ({
  id,
  articleId,
  sentenceId: null,
  text: 'x',
  speakerId,
  speakerLabel: speakerId ? null : 'Reporter',
  verb: null,
  kind: 'direct',
  confidence: 1,
});

// Outlet A has two articles (1, 3); outlet B has one (2).
const articles = [article(1, 'a'), article(2, 'b'), article(3, 'a')];
const dto: StoryAnalysisDto = {
  story: { id: 1, slug: 's', title: 'S', revision: 1, analysed: true },
  outlets: [
    { slug: 'a', name: 'A' },
    { slug: 'b', name: 'B' },
  ],
  articles,
  people: [
    { id: 1, key: 'jane smith', name: 'Jane Smith', role: 'mayor', aliases: ['Jane Smith', 'Smith', 'Mayor Smith'] },
    { id: 2, key: 'ann lee', name: 'Ann Lee', role: null, aliases: ['Lee'] },
    { id: 3, key: 'bo ray', name: 'Bo Ray', role: null, aliases: [] },
  ],
  quotes: [quote(1, 1, 2), quote(2, 3, 2), quote(3, 2, 1), quote(4, 2, null)],
  groups: [],
  events: [],
  framing: [],
  mentionCounts: [
    { personId: 1, articleId: 1, count: 4 },
    { personId: 1, articleId: 3, count: 2 },
    { personId: 1, articleId: 2, count: 8 },
    { personId: 2, articleId: 1, count: 3 },
    { personId: 3, articleId: 2, count: 20 },
  ],
  annotations: [],
};

describe('buildPeopleView', () => {
  const view = buildPeopleView(dto);

  it('sorts people by quotes, then mentions', () => {
    expect(view.rows.map((row) => [row.name, row.totalQuotes, row.totalMentions])).toEqual([
      ['Ann Lee', 2, 3],
      ['Jane Smith', 1, 14],
      ['Bo Ray', 0, 20],
    ]);
  });

  it('sums mentions and quotes per outlet across its articles', () => {
    const jane = view.rows.find((row) => row.id === 1)!;
    expect(jane.cells.map((cell) => [cell.outletSlug, cell.mentions, cell.quotes])).toEqual([
      ['a', 6, 0],
      ['b', 8, 1],
    ]);
    const ann = view.rows.find((row) => row.id === 2)!;
    expect(ann.cells.map((cell) => [cell.outletSlug, cell.mentions, cell.quotes])).toEqual([
      ['a', 3, 2],
      ['b', 0, 0],
    ]);
    expect(ann.outletsQuoting).toBe(1);
  });

  it('scales bars against the largest figure and gives each person’s share of an outlet’s quotes', () => {
    const bo = view.rows.find((row) => row.id === 3)!;
    expect(bo.cells[1].mentionBar).toBe(1);
    const ann = view.rows.find((row) => row.id === 2)!;
    expect(ann.cells[0].quoteBar).toBe(1);
    expect(ann.cells[0].voiceShare).toBe(1);
    const jane = view.rows.find((row) => row.id === 1)!;
    expect(jane.cells[1].quoteBar).toBe(0.5);
    expect(jane.cells[1].voiceShare).toBe(1);
  });

  it('lists aliases without the canonical name, and counts unresolved quotes apart', () => {
    expect(view.rows.find((row) => row.id === 1)!.aliases).toEqual(['Smith', 'Mayor Smith']);
    expect(view.unresolvedQuotes).toBe(1);
    expect(view.totals).toEqual([
      { outletSlug: 'a', mentions: 9, quotes: 2 },
      { outletSlug: 'b', mentions: 28, quotes: 1 },
    ]);
  });

  it('handles a story without people', () => {
    const empty = buildPeopleView({ ...dto, people: [], quotes: [], mentionCounts: [] });
    expect(empty.rows).toEqual([]);
    expect(empty.totals.every((total) => total.quotes === 0)).toBe(true);
  });
});

describe('distinctAliases', () => {
  it('drops the name itself and keeps one spelling per accent-folded alias, the accented one', () => {
    expect(distinctAliases('Jose Nunez', ['Jose Nunez', 'José Núñez', 'Jose Nunez', 'Nunez', 'Núñez', 'Mr. Nunez'])).toEqual([
      'José Núñez',
      'Núñez',
      'Mr. Nunez',
    ]);
  });
});

describe('quotations, counted as the quotes page counts them', () => {
  it('an utterance two outlets carry is one quotation, though it is two quotes', () => {
    const carried: StoryAnalysisDto = {
      ...dto,
      quotes: [
        { ...quote(1, 1, 1), text: 'We will open the bridge in May' },
        { ...quote(2, 2, 1), text: 'We will open the bridge in May.' },
        { ...quote(3, 3, 1), text: 'Traffic will be free for a week' },
      ],
      groups: [
        {
          id: 9,
          key: 'q9',
          kind: 'quote',
          status: 'agreed',
          label: 'Jane Smith: “We will open the bridge in May”',
          score: 1,
          members: [
            { id: 1, articleId: 1, claimId: null, quoteId: 1, sentenceId: null, text: 'We will open the bridge in May', similarity: 1 },
            { id: 2, articleId: 2, claimId: null, quoteId: 2, sentenceId: null, text: 'We will open the bridge in May.', similarity: 1 },
          ],
          divergences: [],
        },
      ],
    };
    const jane = buildPeopleView(carried).rows.find((row) => row.id === 1)!;
    expect(jane.totalQuotes).toBe(3);
    expect(jane.quotations).toBe(2);
  });
});
