import { describe, expect, it } from 'vitest';
import { buildCoverage, coverageShowParam, coverageSortParam, sortRows } from '@/components/overview/coverage-view';
import { buildFraming } from '@/components/overview/framing-view';
import { buildOutletRows } from '@/components/overview/outlets-view';
import { claimCountsText } from '@/components/overview/story-list-view';
import { parseParam } from '@/lib/search-params';
import type { ArticleDto, ClaimGroupDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';

// A hand-built story: four outlets, the Gazette and the Wire Echo being copies of one source.
const outlets = [
  { slug: 'gazette', name: 'The Gazette' },
  { slug: 'herald', name: 'Herald' },
  { slug: 'wire-echo', name: 'Wire Echo' },
  { slug: 'tribune', name: 'Tribune' },
];

function article(id: number, outlet: number, extra: Partial<ArticleDto> = {}): ArticleDto {
  return {
    id,
    sourceFile: `${id}.txt`,
    outlet: outlets[outlet],
    headline: `Headline ${id}`,
    publishedAt: '2030-03-04T12:00:00.000Z',
    url: null,
    language: 'en',
    wordCount: 100 * id,
    familyKey: null,
    skippedStages: [],
    ...extra,
  };
}

const member = (id: number, articleId: number, text: string, sentenceId: number | null = id * 10) => ({
  id,
  articleId,
  claimId: id,
  quoteId: null,
  sentenceId,
  text,
  similarity: 0.5,
});

function group(id: number, extra: Partial<ClaimGroupDto>): ClaimGroupDto {
  return { id, key: `g${id}`, kind: 'fact', status: 'agreed', label: `Label ${id}`, score: 0.5, members: [], divergences: [], ...extra };
}

const groups: ClaimGroupDto[] = [
  // Three outlets agree; one leaves it out (flagged as an omission).
  group(1, {
    label: 'Zebra crossings were repainted',
    score: 0.4,
    members: [
      member(11, 1, 'The crossings were repainted.'),
      member(12, 2, 'Crossings got new paint.'),
      member(13, 4, 'Repainted crossings.'),
    ],
    divergences: [
      {
        id: 101,
        kind: 'omission',
        detail: 'Not reported by Wire Echo.',
        score: 0.6,
        data: { omittedBy: [3], reportedBy: [1, 2, 4] },
        memberIds: [11, 12, 13],
        articleIds: [1, 2, 4, 3],
      },
    ],
  }),
  // Two outlets give different figures.
  group(2, {
    status: 'diverged',
    label: '“About 40 buses” run',
    score: 0.7,
    members: [member(21, 1, 'About 40 buses run.'), member(22, 2, 'Exactly 43 buses run.')],
    divergences: [
      {
        id: 102,
        kind: 'number',
        detail: 'The Gazette and Herald give different figures.',
        score: 0.8,
        data: { compatible: true, figures: [] },
        memberIds: [21, 22],
        articleIds: [1, 2],
      },
    ],
  }),
  // A quote in different words: only the variant is "reported differently".
  group(3, {
    kind: 'quote',
    status: 'diverged',
    label: 'Mayor: “we will build”',
    members: [member(31, 2, 'we will build the bridge'), member(32, 4, 'we build bridges')],
    divergences: [
      {
        id: 103,
        kind: 'wording',
        detail: 'Quoted in different words.',
        score: 0.5,
        data: {
          anchorArticleId: 2,
          anchorText: 'we will build the bridge',
          variants: [
            {
              articleId: 4,
              fragment: false,
              parts: [{ value: 'we ' }, { value: 'will ', removed: true }, { value: 'build' }, { value: ' bridges', added: true }],
            },
          ],
          onlyFragments: false,
        },
        memberIds: [31, 32],
        articleIds: [2, 4],
      },
    ],
  }),
  // One source only.
  group(4, { status: 'single', label: 'A lone detail', members: [member(41, 4, 'A lone detail.')] }),
  // Reported by two articles that are copies of one source: two outlets, status single.
  group(5, { status: 'single', label: 'alpha wire line', members: [member(51, 1, 'Wire line.'), member(52, 3, 'Wire line.')] }),
];

const dto: StoryAnalysisDto = {
  story: { id: 1, slug: 'test-story', title: 'Test story', revision: 1, analysed: true },
  outlets,
  articles: [
    article(1, 0, { familyKey: 'fam' }),
    article(2, 1),
    article(3, 2, {
      familyKey: 'fam',
      language: 'es',
      skippedStages: [
        { stage: 'people', reason: 'language es' },
        { stage: 'quotes', reason: 'language es' },
      ],
    }),
    article(4, 3, { publishedAt: '2030-03-05T12:00:00.000Z' }),
  ],
  people: [],
  quotes: [],
  groups,
  events: [],
  framing: [
    { outletSlug: 'herald', scope: 'outlet', term: 'gridlock', zScore: 2.41, count: 5 },
    { outletSlug: 'herald', scope: 'outlet', term: 'commuters', zScore: 3.06, count: 7 },
    { outletSlug: 'herald', scope: 'headline', term: 'chaos', zScore: 4.2, count: 1 },
    { outletSlug: 'tribune', scope: 'outlet', term: 'budget', zScore: 1.9, count: 3 },
  ],
  mentionCounts: [],
  annotations: [],
};

describe('outlet rows', () => {
  const rows = buildOutletRows(dto);

  it('lists each article with its date, headline link and word count', () => {
    expect(rows.map((row) => row.outletName)).toEqual(['The Gazette', 'Herald', 'Wire Echo', 'Tribune']);
    expect(rows[1]).toMatchObject({ day: '4 Mar 2030', headline: 'Headline 2', href: '/stories/test-story/articles/2', wordCount: 200 });
  });

  it('names the copies of one source and calls the others independent', () => {
    expect(rows[0].family).toBe('Copy of one source with Wire Echo');
    expect(rows[2].family).toBe('Copy of one source with The Gazette');
    expect(rows[1].family).toBe('Independent');
  });

  it('gives the language and the skipped stages only for articles not in English', () => {
    expect(rows[0].language).toBeNull();
    expect(rows[2].language).toEqual({ code: 'es', name: 'Spanish', skipped: 'skipped people and quotes (language es)' });
  });
});

describe('coverage grid', () => {
  it('shows the claims two or more outlets report, sorted by outlet count, and counts the hidden ones', () => {
    const view = buildCoverage(dto, { sort: 'outlets', showAll: false });
    expect(view.rows.map((row) => row.groupId)).toEqual([1, 2, 3, 5]);
    expect(view.rows.map((row) => row.outletCount)).toEqual([3, 2, 2, 2]);
    expect(view.hiddenCount).toBe(1);
    expect(view.totalCount).toBe(5);
    expect(view.columns.map((outlet) => outlet.slug)).toEqual(['gazette', 'herald', 'wire-echo', 'tribune']);
  });

  it('includes single-source claims with show=all', () => {
    const view = buildCoverage(dto, { sort: 'outlets', showAll: true });
    expect(view.rows).toHaveLength(5);
    expect(view.hiddenCount).toBe(0);
    expect(view.rows.at(-1)?.groupId).toBe(4);
  });

  it('marks reported, reported-differently (with the kind), omitted and missing cells with text', () => {
    const view = buildCoverage(dto, { sort: 'outlets', showAll: false });
    const omission = view.rows.find((row) => row.groupId === 1)!;
    expect(omission.cells.map((cell) => cell.state)).toEqual(['reported', 'reported', 'missing', 'reported']);
    expect(omission.cells[2]).toMatchObject({ omitted: true, text: 'Not reported (flagged as an omission)' });
    const numbers = view.rows.find((row) => row.groupId === 2)!;
    expect(numbers.cells.map((cell) => cell.state)).toEqual(['different', 'different', 'missing', 'missing']);
    expect(numbers.cells[0]).toMatchObject({ kinds: ['number'], text: 'Reported differently: number' });
    expect(numbers.cells[3]).toMatchObject({ omitted: false, text: 'Not reported' });
    const wording = view.rows.find((row) => row.groupId === 3)!;
    expect(wording.cells.map((cell) => cell.state)).toEqual(['missing', 'reported', 'missing', 'different']);
    expect(wording.cells[3].kinds).toEqual(['wording']);
  });

  it('gives each row its evidence: the sentences, linked to the article, in outlet order', () => {
    const row = buildCoverage(dto, { sort: 'outlets', showAll: false }).rows[0];
    expect(row.evidence).toEqual([
      {
        outlet: 'The Gazette',
        text: 'The crossings were repainted.',
        similarity: 0.5,
        href: '/stories/test-story/articles/1#sentence-110',
      },
      { outlet: 'Herald', text: 'Crossings got new paint.', similarity: 0.5, href: '/stories/test-story/articles/2#sentence-120' },
      { outlet: 'Tribune', text: 'Repainted crossings.', similarity: 0.5, href: '/stories/test-story/articles/4#sentence-130' },
    ]);
  });

  it('sorts divergent claims first, or by label ignoring leading quotation marks', () => {
    const divergence = buildCoverage(dto, { sort: 'divergence', showAll: false });
    expect(divergence.rows.map((row) => row.groupId)).toEqual([2, 3, 1, 5]);
    const label = buildCoverage(dto, { sort: 'label', showAll: true });
    expect(label.rows.map((row) => row.label)).toEqual([
      'A lone detail',
      '“About 40 buses” run',
      'alpha wire line',
      'Mayor: “we will build”',
      'Zebra crossings were repainted',
    ]);
    expect(sortRows(label.rows, 'outlets')[0].groupId).toBe(1);
  });

  it('links the sort headers and the show toggle, keeping the other parameter', () => {
    const view = buildCoverage(dto, { sort: 'label', showAll: true });
    expect(view.sortLinks).toEqual({
      outlets: '/stories/test-story?sort=outlets&show=all#coverage',
      divergence: '/stories/test-story?sort=divergence&show=all#coverage',
      label: '/stories/test-story?sort=label&show=all#coverage',
    });
    expect(view.toggleShowHref).toBe('/stories/test-story?sort=label#coverage');
    expect(buildCoverage(dto, { sort: 'outlets', showAll: false }).toggleShowHref).toBe('/stories/test-story?show=all#coverage');
  });
});

describe('URL parameters', () => {
  it('defaults the sort to outlets and rejects unknown values with a message naming the parameter', () => {
    expect(parseParam('sort', coverageSortParam, undefined)).toEqual({ ok: true, value: 'outlets' });
    expect(parseParam('sort', coverageSortParam, ['label', 'outlets'])).toEqual({ ok: true, value: 'label' });
    const bad = parseParam('sort', coverageSortParam, 'sideways');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toBe('The “sort” parameter "sideways" is not valid: use outlets (the default), divergence or label.');
    expect(parseParam('show', coverageShowParam, 'all')).toEqual({ ok: true, value: 'all' });
    expect(parseParam('show', coverageShowParam, 'some').ok).toBe(false);
  });
});

describe('framing summary', () => {
  it('gives each outlet its distinctive and headline terms, strongest first, with the z-score', () => {
    const framing = buildFraming(dto);
    expect(framing.map((outlet) => outlet.outletName)).toEqual(['The Gazette', 'Herald', 'Wire Echo', 'Tribune']);
    expect(framing[1].distinctive.map((term) => [term.term, term.zText])).toEqual([
      ['commuters', 'z 3.1'],
      ['gridlock', 'z 2.4'],
    ]);
    expect(framing[1].headline.map((term) => term.term)).toEqual(['chaos']);
    expect(framing[0].distinctive).toEqual([]);
  });
});

describe('home page counts', () => {
  it('says how many claims agreed and diverged', () => {
    expect(claimCountsText({ agreed: 24, diverged: 4, possible: 0, single: 9 })).toBe('24 agreed · 4 diverged');
    expect(claimCountsText({ agreed: 1, diverged: 0, possible: 3, single: 0 })).toBe('1 agreed · 0 diverged · 3 possibly related');
  });
});
