import { describe, expect, it } from 'vitest';
import {
  buildCompareView,
  cachedCompareView,
  chooseOutlets,
  compareFilterParam,
  joinRepeated,
  markSegments,
  outletPairs,
  rowEvidence,
} from '@/components/compare/compare-view';
import { parseParam } from '@/lib/search-params';
import type { ArticleDto, ClaimGroupDto, GroupMemberDto, OutletDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';

// A hand-built story: three outlets (one article each) and a fourth with two articles.
const outlets: OutletDto[] = [
  { slug: 'alpha', name: 'Alpha News' },
  { slug: 'beta', name: 'Beta Wire' },
  { slug: 'gamma', name: 'Gamma Times' },
  { slug: 'delta', name: 'Delta Daily' },
];

function article(id: number, outlet: OutletDto): ArticleDto {
  return {
    id,
    sourceFile: `${id}.txt`,
    outlet,
    headline: `Headline ${id}`,
    publishedAt: '2024-03-02T12:00:00.000Z',
    url: null,
    language: 'en',
    wordCount: 100,
    familyKey: null,
    skippedStages: [],
  };
}

let memberId = 1;
function member(articleId: number, text: string, sentenceId: number, extra: Partial<GroupMemberDto> = {}): GroupMemberDto {
  return { id: memberId++, articleId, claimId: 1, quoteId: null, sentenceId, text, similarity: 0.8, ...extra };
}

function group(id: number, members: GroupMemberDto[], extra: Partial<ClaimGroupDto> = {}): ClaimGroupDto {
  return {
    id,
    key: `g${id}`,
    kind: 'fact',
    status: members.length > 1 ? 'agreed' : 'single',
    label: members[0].text,
    score: 0.5,
    members,
    divergences: [],
    ...extra,
  };
}

const shared = group(1, [
  member(1, 'The bridge opened on Monday.', 10),
  member(2, 'The bridge was opened Monday.', 20),
  member(3, 'Monday saw the bridge open.', 30),
]);
const numberMembers = [member(1, 'More than 3,000 people attended the opening.', 11), member(3, 'Some 3,214 people attended.', 31)];
const numberGroup = group(2, numberMembers, {
  status: 'diverged',
  divergences: [
    {
      id: 90,
      kind: 'number',
      detail: 'Alpha News and Gamma Times give different figures.',
      score: 0.6,
      data: {
        compatible: true,
        figures: [{ articles: [1, 3], values: [3000, 3214], texts: ['More than 3,000', '3,214'], units: ['people', 'people'] }],
      },
      memberIds: numberMembers.map((m) => m.id),
      articleIds: [1, 3],
    },
  ],
});
const onlyBeta = group(3, [member(2, 'The mayor cut a ribbon.', 21)]);
const quoteMembers = [
  member(1, 'We built this for everyone, and we are proud', 12, { claimId: null, quoteId: 501 }),
  member(2, 'We built this for everyone', 22, { claimId: null, quoteId: 502 }),
  member(3, 'We made this for all of you', 32, { claimId: null, quoteId: 503 }),
];
const quoteGroup = group(4, quoteMembers, {
  kind: 'quote',
  status: 'diverged',
  divergences: [
    {
      id: 91,
      kind: 'attribution',
      detail: 'Attributed differently.',
      score: 0.5,
      data: {
        speakers: [
          { articleId: 1, speaker: 'Ann Mayor' },
          { articleId: 2, speaker: 'Ann Mayor' },
          { articleId: 3, speaker: 'Bob Aide' },
        ],
      },
      memberIds: quoteMembers.map((m) => m.id),
      articleIds: [1, 2, 3],
    },
    {
      id: 92,
      kind: 'wording',
      detail: 'Quoted in different words.',
      score: 0.7,
      data: {
        anchorArticleId: 1,
        anchorText: 'We built this for everyone, and we are proud',
        variants: [
          {
            articleId: 2,
            parts: [{ value: 'We built this for everyone' }, { value: ', and we are proud', removed: true }],
            fragment: true,
          },
          {
            articleId: 3,
            parts: [{ value: 'We ' }, { value: 'built', removed: true }, { value: 'made', added: true }, { value: ' this for everyone' }],
            fragment: false,
          },
        ],
        onlyFragments: false,
      },
      memberIds: quoteMembers.map((m) => m.id),
      articleIds: [1, 2, 3],
    },
  ],
});
const omissionMembers = [member(1, 'Traffic will resume on Friday.', 13), member(2, 'Traffic resumes Friday.', 23)];
const omissionGroup = group(5, omissionMembers, {
  status: 'agreed',
  divergences: [
    {
      id: 93,
      kind: 'omission',
      detail: 'Not reported by Gamma Times.',
      score: 0.4,
      data: { omittedBy: [3], reportedBy: [1, 2] },
      memberIds: omissionMembers.map((m) => m.id),
      articleIds: [1, 2, 3],
    },
  ],
});
const deltaTwice = group(6, [
  member(4, 'Delta first article sentence.', 40),
  member(5, 'Delta second article sentence.', 50),
  member(1, 'Alpha says the same.', 14),
]);

const analysis: StoryAnalysisDto = {
  story: { id: 1, slug: 'a-story', title: 'A story', revision: 1, analysed: true },
  outlets,
  articles: [article(1, outlets[0]), article(2, outlets[1]), article(3, outlets[2]), article(4, outlets[3]), article(5, outlets[3])],
  people: [{ id: 7, key: 'ann-mayor', name: 'Ann Mayor', role: null, aliases: [] }],
  quotes: [
    {
      id: 501,
      articleId: 1,
      sentenceId: 12,
      text: 'We built this for everyone, and we are proud',
      speakerId: 7,
      speakerLabel: null,
      verb: 'said',
      kind: 'direct',
      confidence: 1,
    },
    {
      id: 502,
      articleId: 2,
      sentenceId: 22,
      text: 'We built this for everyone',
      speakerId: 7,
      speakerLabel: null,
      verb: 'said',
      kind: 'direct',
      confidence: 1,
    },
    {
      id: 503,
      articleId: 3,
      sentenceId: 32,
      text: 'We made this for all of you',
      speakerId: null,
      speakerLabel: 'Bob Aide',
      verb: 'said',
      kind: 'direct',
      confidence: 1,
    },
  ],
  groups: [shared, numberGroup, onlyBeta, quoteGroup, omissionGroup, deltaTwice],
  events: [],
  framing: [],
  mentionCounts: [],
  annotations: [],
};

const pick = (...slugs: string[]) => slugs.map((slug) => outlets.find((outlet) => outlet.slug === slug)!);
const row = (view: ReturnType<typeof buildCompareView>, groupId: number) => view.rows.find((r) => r.groupId === groupId);

describe('chooseOutlets', () => {
  it('defaults to every outlet of the story, in story order', () => {
    expect(chooseOutlets(outlets, undefined)).toEqual({ ok: true, outlets, defaulted: true });
  });
  it('keeps the order given and drops duplicates', () => {
    const choice = chooseOutlets(outlets, ['gamma', 'alpha', 'gamma']);
    expect(choice.ok && choice.outlets.map((o) => o.slug)).toEqual(['gamma', 'alpha']);
  });
  it('names unknown outlets', () => {
    expect(chooseOutlets(outlets, ['alpha', 'nope', 'zeta'])).toEqual({ ok: false, reason: 'unknown', unknown: ['nope', 'zeta'] });
  });
  it('asks for two or more', () => {
    expect(chooseOutlets(outlets, ['alpha'])).toMatchObject({ ok: false, reason: 'too-few', outlets: [outlets[0]] });
    expect(chooseOutlets([outlets[0]], undefined)).toMatchObject({ ok: false, reason: 'too-few' });
  });
});

describe('params', () => {
  it('joins repeated outlets (a GET form with checkboxes)', () => {
    expect(joinRepeated(['alpha', 'beta'])).toBe('alpha,beta');
    expect(joinRepeated('alpha,beta')).toBe('alpha,beta');
    expect(joinRepeated(undefined)).toBeUndefined();
  });
  it('accepts the kinds, diverged and shared, and rejects others naming the parameter', () => {
    expect(parseParam('kind', compareFilterParam, 'number')).toEqual({ ok: true, value: 'number' });
    expect(parseParam('kind', compareFilterParam, 'diverged')).toEqual({ ok: true, value: 'diverged' });
    expect(parseParam('kind', compareFilterParam, undefined)).toEqual({ ok: true, value: undefined });
    const bad = parseParam('kind', compareFilterParam, 'colour');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toContain('“kind”');
  });
});

describe('buildCompareView', () => {
  it('has one column per chosen outlet, in the order chosen', () => {
    const view = buildCompareView(analysis, pick('gamma', 'alpha'), null);
    expect(view.columns.map((c) => c.name)).toEqual(['Gamma Times', 'Alpha News']);
    expect(view.rows.every((r) => r.cells.map((c) => c.outletSlug).join() === 'gamma,alpha')).toBe(true);
  });

  it('keeps only rows reported by a chosen outlet and aligns shared claims on one row', () => {
    const view = buildCompareView(analysis, pick('alpha', 'beta'), null, 'rows');
    expect(view.rows.map((r) => r.groupId).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const sharedRow = row(view, 1)!;
    expect(sharedRow.cells.map((c) => c.members.map((m) => m.text))).toEqual([
      ['The bridge opened on Monday.'],
      ['The bridge was opened Monday.'],
    ]);
    expect(sharedRow.uniqueTo).toBeNull();
    expect(sharedRow.alsoReportedBy).toEqual(['Gamma Times']);
    expect(view.counts).toMatchObject({ all: 6, shared: 3 });

    const betaOnly = buildCompareView(analysis, pick('beta', 'delta'), null, 'rows');
    expect(betaOnly.rows.map((r) => r.groupId).sort()).toEqual([1, 3, 4, 5, 6]);
  });

  it('marks a claim only one chosen outlet reports, with an empty cell for the other', () => {
    const view = buildCompareView(analysis, pick('alpha', 'beta'), null, 'rows');
    const unique = row(view, 3)!;
    expect(unique.uniqueTo).toBe('Beta Wire');
    expect(unique.uniqueLabel).toBe('Only in Beta Wire, not Alpha News');
    expect(unique.cells[0].members).toEqual([]);
    expect(unique.cells[1].members[0].href).toBe('/stories/a-story/articles/2#sentence-21');
  });

  it('puts diverged rows first, then shared rows, possibly related rows, and unique rows last', () => {
    const view = buildCompareView(analysis, pick('alpha', 'beta', 'gamma'), null, 'rows');
    const rank = (r: (typeof view.rows)[number]) =>
      r.divergences.length > 0 || r.status === 'diverged' ? 0 : r.reportedBy.length < 2 ? 3 : r.status === 'possible' ? 2 : 1;
    const ranks = view.rows.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(0);
    expect(view.rows.at(-1)!.groupId).toBe(3);
  });

  it('folds the claims only one chosen outlet reports into a list per outlet, by default', () => {
    const view = buildCompareView(analysis, pick('alpha', 'beta'), null);
    expect(view.layout).toBe('folded');
    // Row 3 is Beta's alone; row 2 (Alpha and Gamma) is Alpha's alone among Alpha and Beta.
    expect(view.rows.map((r) => r.groupId)).not.toContain(3);
    expect(view.rows.map((r) => r.groupId)).not.toContain(2);
    expect(view.rows.every((r) => r.uniqueTo === null || r.divergences.length > 0)).toBe(true);
    const byOutlet = Object.fromEntries(view.onlyIn.map((list) => [list.outletSlug, list]));
    expect(byOutlet.beta.heading).toBe('Only in Beta Wire, not Alpha News');
    expect(byOutlet.beta.items.map((item) => item.groupId)).toContain(3);
    expect(byOutlet.beta.items.find((item) => item.groupId === 3)!.members[0]).toMatchObject({
      text: 'The mayor cut a ribbon.',
      href: '/stories/a-story/articles/2#sentence-21',
    });
    expect(byOutlet.alpha.items.map((item) => item.groupId)).toContain(2);
    // Nothing is lost: every claim is a row or in a list, once.
    const listed = view.onlyIn.flatMap((list) => list.items.map((item) => item.groupId));
    expect([...view.rows.map((r) => r.groupId), ...listed].sort()).toEqual(
      buildCompareView(analysis, pick('alpha', 'beta'), null, 'rows')
        .rows.map((r) => r.groupId)
        .sort(),
    );
  });

  it('says "only in" of the outlets compared and never adds who else reports a unique claim', () => {
    const pair = buildCompareView(analysis, pick('alpha', 'beta'), null, 'rows');
    const alphaOnly = row(pair, 2)!;
    expect(alphaOnly.uniqueLabel).toBe('Only in Alpha News, not Beta Wire');
    expect(alphaOnly.alsoReportedBy).toEqual([]);
    const three = buildCompareView(analysis, pick('alpha', 'beta', 'delta'), null, 'rows');
    expect(row(three, 3)!.uniqueLabel).toBe('Only in Beta Wire of these 3');
    // The counts follow: a row only one chosen outlet reports counts as single, never as agreed.
    expect(pair.counts.rows.single).toBe(pair.counts.unique);
    expect(pair.counts.rows.agreed + pair.counts.rows.diverged + pair.counts.rows.possible).toBe(pair.counts.shared);
    const everyOutlet = buildCompareView(analysis, outlets, null);
    expect(everyOutlet.onlyIn.every((list) => list.heading === `Only in ${list.outletName}`)).toBe(true);
  });

  it('does not fold under a filter, nor a single-outlet row that diverges', () => {
    expect(buildCompareView(analysis, pick('alpha', 'beta'), 'shared').onlyIn).toEqual([]);
    const folded = buildCompareView(analysis, pick('alpha', 'beta'), null);
    for (const r of folded.rows.filter((candidate) => candidate.uniqueTo !== null)) expect(r.divergences.length).toBeGreaterThan(0);
  });

  it('keeps a number divergence only between chosen outlets and marks the figures', () => {
    const both = row(buildCompareView(analysis, pick('alpha', 'gamma'), null), 2)!;
    expect(both.divergences.map((d) => d.kind)).toEqual(['number']);
    expect(both.divergences[0].figures).toEqual([
      [
        { outletName: 'Alpha News', text: 'More than 3,000' },
        { outletName: 'Gamma Times', text: '3,214' },
      ],
    ]);
    expect(both.cells[0].members[0].segments).toEqual([{ text: 'More than 3,000', mark: true }, { text: ' people attended the opening.' }]);
    expect(both.cells[1].members[0].segments).toEqual([{ text: 'Some ' }, { text: '3,214', mark: true }, { text: ' people attended.' }]);

    const one = row(buildCompareView(analysis, pick('alpha', 'beta'), null, 'rows'), 2)!;
    expect(one.divergences).toEqual([]);
    expect(one.uniqueTo).toBe('Alpha News');
    expect(one.cells[0].members[0].segments).toEqual([{ text: 'More than 3,000 people attended the opening.' }]);
  });

  it('filters rows by divergence kind, diverged or shared', () => {
    const number = buildCompareView(analysis, pick('alpha', 'gamma'), 'number');
    expect(number.rows.map((r) => r.groupId)).toEqual([2]);
    expect(buildCompareView(analysis, pick('alpha', 'beta'), 'number').rows).toEqual([]);
    const diverged = buildCompareView(analysis, pick('alpha', 'gamma'), 'diverged');
    // "Diverged" is the status every page counts: the agreed row 5 with only an omission is not one.
    expect(diverged.rows.map((r) => r.groupId).sort()).toEqual([2, 4]);
    expect(diverged.counts.rows).toMatchObject({ diverged: diverged.counts.diverged });
    const shared = buildCompareView(analysis, pick('alpha', 'gamma'), 'shared');
    expect(shared.rows.every((r) => r.reportedBy.length >= 2)).toBe(true);
    expect(shared.counts.kinds).toMatchObject({ number: 1, wording: 1, attribution: 1, omission: 1, date: 0 });
  });

  it('gives the word diff of the chosen renderings against the reference', () => {
    const view = buildCompareView(analysis, pick('alpha', 'beta'), null);
    const quote = row(view, 4)!;
    const wording = quote.divergences.find((d) => d.kind === 'wording')!;
    expect(wording.diffs).toEqual([{ outletName: 'Beta Wire', againstName: 'Alpha News', parts: expect.any(Array), fragment: true }]);
    // Both chosen outlets give the same speaker: no attribution divergence between them.
    expect(quote.divergences.map((d) => d.kind)).toEqual(['wording']);
    expect(quote.cells[0].members[0].speaker).toBe('Ann Mayor');
  });

  it('diffs the chosen renderings against each other when the reference is not chosen', () => {
    const quote = row(buildCompareView(analysis, pick('beta', 'gamma'), null), 4)!;
    const wording = quote.divergences.find((d) => d.kind === 'wording')!;
    expect(wording.diffs[0]).toMatchObject({ outletName: 'Gamma Times', againstName: 'Beta Wire' });
    expect(wording.diffs[0].parts.some((part) => part.added)).toBe(true);
    const attribution = quote.divergences.find((d) => d.kind === 'attribution')!;
    expect(attribution.speakers).toEqual([
      { outletName: 'Beta Wire', speaker: 'Ann Mayor' },
      { outletName: 'Gamma Times', speaker: 'Bob Aide' },
    ]);
    expect(quote.cells[1].members[0].speaker).toBe('Bob Aide');
  });

  it('shows an omission only when a chosen outlet leaves out what another chosen one reports', () => {
    expect(row(buildCompareView(analysis, pick('alpha', 'gamma'), null), 5)!.divergences[0]).toMatchObject({
      kind: 'omission',
      omittedBy: ['Gamma Times'],
    });
    expect(row(buildCompareView(analysis, pick('alpha', 'beta'), null), 5)!.divergences).toEqual([]);
    // The analysis' detail names an outlet outside this selection.
    expect(row(buildCompareView(analysis, pick('alpha', 'gamma'), null), 5)!.divergences[0].involvesOthers).toBe(true);
    expect(row(buildCompareView(analysis, pick('alpha', 'gamma'), null), 2)!.divergences[0].involvesOthers).toBe(false);
  });

  it('puts every article of an outlet in its cell, and the evidence lists every member', () => {
    const view = buildCompareView(analysis, pick('delta', 'alpha'), null);
    const r = row(view, 6)!;
    expect(r.cells[0].members.map((m) => m.text)).toEqual(['Delta first article sentence.', 'Delta second article sentence.']);
    const evidence = rowEvidence(analysis, analysis.groups.find((g) => g.id === 6)!, pick('delta', 'alpha'));
    expect(evidence.map((e) => e.outlet)).toEqual(['Delta Daily', 'Delta Daily', 'Alpha News']);
    expect(evidence[0]).toMatchObject({ similarity: 0.8, href: '/stories/a-story/articles/4#sentence-40' });
  });

  it('builds filter links that keep the outlets, and omit them when all are shown', () => {
    const two = buildCompareView(analysis, pick('alpha', 'gamma'), 'number');
    expect(two.filters.map((f) => f.label)).toEqual([
      'All rows',
      'Diverged only',
      'In two or more',
      'Number',
      'Wording',
      'Attribution',
      'Date',
      'Omission',
    ]);
    expect(two.filters.find((f) => f.current)!.href).toBe('/stories/a-story/compare?outlets=alpha,gamma&kind=number');
    expect(two.filters[0].href).toBe('/stories/a-story/compare?outlets=alpha,gamma');
    const all = buildCompareView(analysis, outlets, null);
    expect(all.filters[1].href).toBe('/stories/a-story/compare?kind=diverged');
  });
});

describe('outletPairs and markSegments', () => {
  it('lists each pair once and marks the current one', () => {
    const pairs = outletPairs('a-story', outlets.slice(0, 3), ['beta', 'alpha'], null);
    expect(pairs.map((p) => p.label)).toEqual(['Alpha News and Beta Wire', 'Alpha News and Gamma Times', 'Beta Wire and Gamma Times']);
    expect(pairs.filter((p) => p.current).map((p) => p.href)).toEqual(['/stories/a-story/compare?outlets=alpha,beta']);
  });
  it('leaves text without marks whole', () => {
    expect(markSegments('No figures here.', ['42'])).toEqual([{ text: 'No figures here.' }]);
    expect(markSegments('', [])).toEqual([{ text: '' }]);
  });
});

describe('cachedCompareView', () => {
  it('reuses the view for the same analysis and choice', () => {
    const first = cachedCompareView(analysis, pick('alpha', 'beta'), null);
    expect(cachedCompareView(analysis, pick('alpha', 'beta'), null)).toBe(first);
    expect(cachedCompareView(analysis, pick('alpha', 'beta'), 'shared')).not.toBe(first);
    expect(first).toEqual(buildCompareView(analysis, pick('alpha', 'beta'), null));
  });
});
