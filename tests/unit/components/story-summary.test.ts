import { describe, expect, it } from 'vitest';
import { buildStorySummary, formatPublished, unknownAddressesNote } from '@/components/overview/story-summary';
import { changedExcerpt } from '@/components/overview/summary-renderings';
import type { ArticleDto, ClaimGroupDto, DivergenceDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';

// A hand-built story of four outlets; every row says what the summary must make of it.
const outlets = [
  { slug: 'gazette', name: 'The Gazette' },
  { slug: 'herald', name: 'Herald' },
  { slug: 'courier', name: 'Courier' },
  { slug: 'tribune', name: 'Tribune' },
];

function article(id: number, extra: Partial<ArticleDto> = {}): ArticleDto {
  return {
    id,
    sourceFile: `${id}.txt`,
    outlet: outlets[id - 1],
    headline: `Headline of ${outlets[id - 1].name}`,
    publishedAt: '2030-03-04T12:00:00.000Z',
    url: null,
    language: 'en',
    wordCount: 100,
    familyKey: null,
    skippedStages: [],
    ...extra,
  };
}

const member = (id: number, articleId: number, text: string, similarity = 0.5) => ({
  id,
  articleId,
  claimId: id,
  quoteId: null,
  sentenceId: id * 10,
  text,
  similarity,
});

function divergence(id: number, kind: DivergenceDto['kind'], extra: Partial<DivergenceDto>): DivergenceDto {
  return { id, kind, detail: `${kind} detail`, score: 0.5, data: {}, memberIds: [], articleIds: [], ...extra };
}

function group(id: number, extra: Partial<ClaimGroupDto>): ClaimGroupDto {
  return { id, key: `g${id}`, kind: 'fact', status: 'agreed', label: `Label ${id}`, score: 0.5, members: [], divergences: [], ...extra };
}

const groups: ClaimGroupDto[] = [
  // Three of four outlets report it alike; the Tribune leaves it out.
  group(1, {
    label: 'The bridge opened on Monday.',
    score: 0.6,
    members: [
      member(11, 1, 'The bridge opened on Monday.', 0.9),
      member(12, 2, 'On Monday the bridge opened to traffic.'),
      member(13, 3, 'The new bridge opened Monday.'),
    ],
    divergences: [divergence(101, 'omission', { score: 0.75, data: { omittedBy: [4], reportedBy: [1, 2, 3] }, articleIds: [1, 2, 3, 4] })],
  }),
  // Every outlet, but only possibly one fact: never agreement, and no verdict on it.
  group(2, {
    status: 'possible',
    label: 'Traffic was heavy.',
    members: [member(21, 1, 'Traffic was heavy.'), member(22, 2, 'Heavy traffic.'), member(23, 3, 'Jams.'), member(24, 4, 'Queues.')],
    divergences: [divergence(102, 'number', { score: 1, articleIds: [1, 2] })],
  }),
  // Two outlets agree.
  group(3, {
    label: 'The mayor cut a ribbon.',
    score: 0.9,
    members: [member(31, 1, 'The mayor cut a ribbon.'), member(32, 4, 'A ribbon was cut by the mayor.')],
  }),
  // Figures that cannot both be true.
  group(4, {
    status: 'diverged',
    label: 'About 40 buses run.',
    members: [member(41, 1, 'About 40 buses run.'), member(42, 2, 'Exactly 53 buses run.')],
    divergences: [
      divergence(104, 'number', {
        score: 0.6,
        data: { compatible: false, figures: [{ articles: [1, 2], texts: ['About 40', '53'], values: [40, 53] }] },
        memberIds: [41, 42],
        articleIds: [1, 2],
      }),
    ],
  }),
  // Figures that can both be true (a bound and a precise count), with a higher score: still after the contradiction.
  group(5, {
    status: 'diverged',
    label: 'More than 1,000 attended.',
    members: [member(51, 2, 'More than 1,000 attended.'), member(52, 3, '1,042 attended.')],
    divergences: [
      divergence(105, 'number', {
        score: 0.9,
        data: { compatible: true, figures: [{ articles: [2, 3], texts: ['More than 1,000', '1,042'] }] },
        memberIds: [51, 52],
        articleIds: [2, 3],
      }),
    ],
  }),
  // A quotation in other words.
  group(6, {
    kind: 'quote',
    status: 'diverged',
    label: 'Mayor: “we will build the bridge by spring”',
    members: [member(61, 2, 'we will build the bridge by spring'), member(62, 4, 'we build the bridge in spring')],
    divergences: [
      divergence(106, 'wording', {
        score: 0.7,
        data: {
          anchorArticleId: 2,
          variants: [
            {
              articleId: 4,
              fragment: false,
              parts: [
                { value: 'we ' },
                { value: 'will ', removed: true },
                { value: 'build the bridge ' },
                { value: 'by', removed: true },
                { value: 'in', added: true },
                { value: ' spring' },
              ],
            },
          ],
        },
        memberIds: [61, 62],
        articleIds: [2, 4],
      }),
    ],
  }),
  // One utterance, two speakers.
  group(7, {
    kind: 'quote',
    status: 'diverged',
    label: 'Mayor: “it is done”',
    members: [member(71, 1, 'it is done'), member(72, 3, 'it is done')],
    divergences: [
      divergence(107, 'attribution', {
        score: 0.8,
        data: {
          speakers: [
            { articleId: 1, speaker: 'Mayor Jo Grant' },
            { articleId: 3, speaker: 'a council spokesman' },
          ],
        },
        memberIds: [71, 72],
        articleIds: [1, 3],
      }),
    ],
  }),
  // Dated differently.
  group(8, {
    status: 'diverged',
    label: 'The plan was approved in March.',
    members: [member(81, 2, 'The plan was approved in March.'), member(82, 4, 'The plan was approved in April.')],
    divergences: [
      divergence(108, 'date', {
        score: 0.6,
        data: {
          dates: [
            {
              articles: [2, 4],
              dates: [['2030-03'], ['2030-04']],
            },
          ],
        },
        memberIds: [81, 82],
        articleIds: [2, 4],
      }),
    ],
  }),
  // A quotation three outlets carry alike: as wide as fact 1, but facts come first.
  group(9, {
    kind: 'quote',
    label: 'Mayor: “a great day”',
    score: 0.99,
    members: [member(91, 1, 'a great day'), member(92, 2, 'a great day'), member(93, 4, 'A great day')],
  }),
];

const dto: Pick<StoryAnalysisDto, 'story' | 'outlets' | 'articles' | 'groups'> = {
  story: { id: 1, slug: 'test-story', title: 'Test story', revision: 1, analysed: true },
  outlets,
  articles: [
    article(1, { url: 'https://gazette.example/bridge' }),
    article(2, { publishedAt: '2030-03-04T17:07:00.000Z' }),
    article(3, { url: 'javascript:alert(1)' }),
    article(4),
  ],
  groups,
};

describe('story summary: headlines', () => {
  const summary = buildStorySummary(dto);

  it('gives each article its outlet, headline, publication day and time when one was given, and its link', () => {
    expect(summary.headlines.map((h) => [h.outlet, h.headline, h.published])).toEqual([
      ['The Gazette', 'Headline of The Gazette', '4 Mar 2030'],
      ['Herald', 'Headline of Herald', '4 Mar 2030, 17:07 UTC'],
      ['Courier', 'Headline of Courier', '4 Mar 2030'],
      ['Tribune', 'Headline of Tribune', '4 Mar 2030'],
    ]);
    expect(summary.headlines[0].href).toBe('/stories/test-story/articles/1');
  });

  it('links the original only when its address is a web address', () => {
    expect(summary.headlines.map((h) => h.url)).toEqual(['https://gazette.example/bridge', null, null, null]);
  });

  it('unknownAddressesNote: one line for the originals without an address, not a line per card', () => {
    expect(unknownAddressesNote(summary.headlines)).toBe('The address of the original is not known for Herald, Courier and Tribune.');
    expect(unknownAddressesNote(summary.headlines.map((h) => ({ ...h, url: null })))).toBe(
      'The addresses of the original articles are not known.',
    );
    expect(unknownAddressesNote(summary.headlines.map((h) => ({ ...h, url: 'https://x.example/' })))).toBeNull();
  });

  it('formatPublished: a date-only publication (stored at noon UTC) shows no time', () => {
    expect(formatPublished('2030-03-04T12:00:00.000Z')).toBe('4 Mar 2030');
    expect(formatPublished('2030-03-04T09:30:00.000Z')).toBe('4 Mar 2030, 09:30 UTC');
  });
});

describe('story summary: agreement', () => {
  const { agreement } = buildStorySummary(dto);

  it('quotes the confident agreed rows most outlets carry, facts before quotations', () => {
    expect(agreement?.majority).toBe(true);
    expect(agreement?.outletTotal).toBe(4);
    // Three of four is most; the row two outlets share is not.
    expect(agreement?.tiers.map((tier) => [tier.outletCount, tier.facts.map((fact) => fact.groupId)])).toEqual([[3, [1, 9]]]);
  });

  it('never presents a possibly related row as agreement, however many outlets it spans', () => {
    expect(agreement?.tiers.flatMap((tier) => tier.facts.map((fact) => fact.groupId))).not.toContain(2);
  });

  it('gives each fact in the words of the outlet its label comes from, linked to its compare row', () => {
    const fact = agreement!.tiers[0].facts[0];
    expect(fact).toMatchObject({ text: 'The bridge opened on Monday.', wordsOf: 'The Gazette', href: '/stories/test-story/compare#row-1' });
    expect(agreement!.tiers[0].facts[1]).toMatchObject({ text: 'Mayor: “a great day”', wordsOf: 'The Gazette' });
  });

  it('says so when even the widest agreement is half the outlets or fewer, and gives only the widest rows', () => {
    const narrow = buildStorySummary({ ...dto, groups: [groups[2], group(20, { members: [member(201, 2, 'x'), member(202, 3, 'y')] })] });
    expect(narrow.agreement?.majority).toBe(false);
    expect(narrow.agreement?.tiers.map((tier) => [tier.outletCount, tier.facts.map((fact) => fact.groupId)])).toEqual([[2, [3, 20]]]);
  });

  it('is null when no confident row is shared', () => {
    expect(buildStorySummary({ ...dto, groups: [groups[1]] }).agreement).toBeNull();
  });
});

describe('story summary: ranked divergences', () => {
  const summary = buildStorySummary(dto);

  it('ranks numbers, attribution and dates first, then wording, then omissions; a contradiction before compatible figures', () => {
    expect(summary.divergences.map((d) => [d.kind, d.groupId])).toEqual([
      ['number', 4],
      ['number', 5],
      ['attribution', 7],
      ['date', 8],
      ['wording', 6],
      ['omission', 1],
    ]);
  });

  it('leaves out anything hung on a possibly related row', () => {
    expect(summary.divergences.map((d) => d.groupId)).not.toContain(2);
    expect(summary.kindCounts).toEqual({ number: 2, attribution: 1, date: 1, wording: 1, omission: 1 });
  });

  it('sets the two renderings against each other, with the outlets that give them', () => {
    const byRow = new Map(summary.divergences.map((d) => [d.groupId, d]));
    expect(byRow.get(4)?.renderings).toEqual([
      { outlets: 'The Gazette', text: 'About 40', quoted: true },
      { outlets: 'Herald', text: '53', quoted: true },
    ]);
    expect(byRow.get(4)?.compatible).toBe(false);
    expect(byRow.get(5)?.compatible).toBe(true);
    expect(byRow.get(7)?.renderings).toEqual([
      { outlets: 'The Gazette', text: 'Mayor Jo Grant', quoted: false },
      { outlets: 'Courier', text: 'a council spokesman', quoted: false },
    ]);
    expect(byRow.get(8)?.renderings).toEqual([
      { outlets: 'Herald', text: 'March 2030', quoted: false },
      { outlets: 'Tribune', text: 'April 2030', quoted: false },
    ]);
    expect(byRow.get(6)?.renderings).toEqual([
      { outlets: 'Herald', text: 'we will build the bridge by spring', quoted: true },
      { outlets: 'Tribune', text: 'we build the bridge in spring', quoted: true },
    ]);
    expect(byRow.get(1)?.renderings).toEqual([
      { outlets: 'The Gazette, Herald and Courier', text: 'The bridge opened on Monday.', quoted: true },
      { outlets: 'Tribune', text: null, quoted: false },
    ]);
  });

  it('names every outlet involved and links each divergence to its row on the compare page, filtered to its kind', () => {
    const omission = summary.divergences.find((d) => d.kind === 'omission')!;
    expect(omission.outlets).toEqual(['The Gazette', 'Herald', 'Courier', 'Tribune']);
    expect(summary.divergences[0].href).toBe('/stories/test-story/compare?kind=number#row-4');
    expect(summary.divergences[0].evidence.map((e) => e.text)).toEqual(['About 40 buses run.', 'Exactly 53 buses run.']);
  });

  it('limits the omissions listed and says how many more there are', () => {
    const limited = buildStorySummary(dto, { omissionLimit: 0 });
    expect(limited.divergences.map((d) => d.kind)).not.toContain('omission');
    expect(limited.moreOmissions).toBe(1);
    expect(limited.moreOmissionsHref).toBe('/stories/test-story/compare?kind=omission');
  });

  it('limits the conflicts listed on the page, keeping the most important', () => {
    const limited = buildStorySummary(dto, { conflictLimit: 2 });
    expect(limited.divergences.map((d) => d.groupId)).toEqual([4, 5, 1]);
    expect(limited.moreConflicts).toBe(3);
    expect(limited.moreConflictsHref).toBe('/stories/test-story/compare?kind=diverged');
  });

  it('falls back to the detail when the analysis kept no renderings', () => {
    const bare = buildStorySummary({
      ...dto,
      groups: [
        group(10, {
          status: 'diverged',
          members: [member(1, 1, 'x'), member(2, 2, 'y')],
          divergences: [divergence(110, 'number', { articleIds: [1, 2] })],
        }),
      ],
    });
    expect(bare.divergences[0]).toMatchObject({ renderings: null, detail: 'number detail' });
  });
});

describe('changedExcerpt', () => {
  const parts = [
    { value: 'one two three four five ' },
    { value: 'six', removed: true },
    { value: 'seven', added: true },
    { value: ' eight nine ten eleven twelve' },
  ];
  it('keeps the changed words of one side with three words around them', () => {
    expect(changedExcerpt(parts, 'removed')).toBe('… three four five six eight nine ten …');
    expect(changedExcerpt(parts, 'added')).toBe('… three four five seven eight nine ten …');
  });
  it('shows the first and the last difference, each with three words around it, and marks what lies between', () => {
    const two = [
      { value: 'a ' },
      { value: 'b', removed: true },
      { value: 'B', added: true },
      { value: ' c d e f g h ' },
      { value: 'i', removed: true },
      { value: ' j' },
    ];
    // Six words between the two differences: all shown.
    expect(changedExcerpt(two, 'removed')).toBe('a b c d e f g h i j');
    expect(changedExcerpt(two, 'added')).toBe('a B c d e f g h j');
    // One rendering starts earlier and the other ends later (two cuts of one passage).
    const cuts = [
      { value: 'At the same time, ', removed: true },
      { value: 'I want to be clear to everyone here who is thinking of making that long trip north: stay home.' },
      { value: ' Stay home.', added: true },
    ];
    expect(changedExcerpt(cuts, 'removed')).toBe('At the same time, I want to … north: stay home.');
    expect(changedExcerpt(cuts, 'added')).toBe('I want to … north: stay home. Stay home.');
  });
  it('puts no space before punctuation the diff keeps as a part of its own', () => {
    const parts = [
      { value: 'Stay at home' },
      { value: ',', removed: true },
      { value: '.', added: true },
      { value: ' ' },
      { value: 'Stay home.', added: true },
    ];
    expect(changedExcerpt(parts, 'removed')).toBe('Stay at home,');
    expect(changedExcerpt(parts, 'added')).toBe('Stay at home. Stay home.');
  });
  it('gives the whole text when nothing changed on that side', () => {
    expect(changedExcerpt([{ value: 'a b' }, { value: ' c', added: true }], 'removed')).toBe('a b');
  });
});
