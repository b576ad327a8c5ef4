import { describe, expect, it } from 'vitest';
import { buildQuotesView, labelSlug, speakerParam } from '@/components/quotes/quotes-view';
import type { ClaimGroupDto, QuoteDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';

// A hand-built story: outlet A (1 March), B and C (2 March), D (3 March).
function article(id: number, slug: string, day: string): StoryAnalysisDto['articles'][number] {
  return {
    id,
    sourceFile: `${id}.txt`,
    outlet: { slug, name: slug.toUpperCase() },
    headline: `H${id}`,
    publishedAt: `${day}T12:00:00.000Z`,
    url: null,
    language: 'en',
    wordCount: 100,
    familyKey: null,
    skippedStages: [],
  };
}

function quote(id: number, articleId: number, text: string, extra: Partial<QuoteDto> = {}): QuoteDto {
  return {
    id,
    articleId,
    sentenceId: id * 10,
    text,
    speakerId: 1,
    speakerLabel: 'Smith',
    verb: 'said',
    kind: 'direct',
    confidence: 0.9,
    ...extra,
  };
}

function story(quotes: QuoteDto[], groups: ClaimGroupDto[], annotations: StoryAnalysisDto['annotations'] = []): StoryAnalysisDto {
  const articles = [
    article(1, 'a', '2030-03-01'),
    article(2, 'b', '2030-03-02'),
    article(3, 'c', '2030-03-02'),
    article(4, 'd', '2030-03-03'),
  ];
  return {
    story: { id: 1, slug: 's', title: 'S', revision: 1, analysed: true },
    outlets: articles.map((a) => a.outlet),
    articles,
    people: [
      { id: 1, key: 'jane smith', name: 'Jane Smith', role: 'mayor', aliases: ['Smith'] },
      { id: 2, key: 'ann lee', name: 'Ann Lee', role: null, aliases: [] },
    ],
    quotes,
    groups,
    events: [],
    framing: [],
    mentionCounts: [],
    annotations,
  };
}

const member = (id: number, q: QuoteDto, similarity = 0.9) => ({
  id,
  articleId: q.articleId,
  claimId: null,
  quoteId: q.id,
  sentenceId: q.sentenceId,
  text: q.text,
  similarity,
});

describe('buildQuotesView', () => {
  const q1 = quote(1, 2, 'We will build the bridge this year.');
  const q2 = quote(2, 3, 'build the bridge', { kind: 'partial', speakerLabel: 'the mayor', verb: 'promised' });
  const q3 = quote(3, 4, 'Another remark.', { speakerId: 2, speakerLabel: 'Lee' });
  const q4 = quote(4, 1, 'Questions?', { speakerId: null, speakerLabel: 'Reporter', verb: null, kind: 'transcript' });
  const q5 = quote(5, 2, 'No idea who said this.', { speakerId: null, speakerLabel: null, verb: null, kind: 'partial' });
  const wording = {
    id: 9,
    kind: 'wording' as const,
    detail: 'Quoted in different words: C quotes 3 of its 7 words.',
    score: 0.3,
    data: {
      anchorArticleId: 2,
      anchorText: q1.text,
      onlyFragments: true,
      variants: [
        {
          articleId: 3,
          fragment: true,
          parts: [{ value: 'We will ', removed: true }, { value: 'build the bridge' }, { value: ' this year.', removed: true }],
        },
      ],
    },
    memberIds: [11, 12],
    articleIds: [2, 3],
  };
  const group: ClaimGroupDto = {
    id: 7,
    key: 'quote-x',
    kind: 'quote',
    status: 'diverged',
    label: 'Jane Smith: …',
    score: 0.8,
    members: [member(12, q2), member(11, q1)],
    divergences: [wording],
  };
  const dto = story(
    [q1, q2, q3, q4, q5],
    [group],
    [
      {
        id: 1,
        targetType: 'claimGroup',
        targetKey: 'quote-x',
        body: 'Checked against the recording.',
        author: 'Ed',
        createdAt: '2030-03-05T00:00:00.000Z',
      },
      { id: 2, targetType: 'event', targetKey: 'quote-x', body: 'Not for quotes.', author: null, createdAt: '2030-03-05T00:00:00.000Z' },
    ],
  );

  it('groups utterances by speaker: people by outlet count, then labels, unattributed last', () => {
    const view = buildQuotesView(dto);
    expect(view.sections.map((s) => [s.param, s.name, s.outletCount, s.utteranceCount])).toEqual([
      ['1', 'Jane Smith', 2, 1],
      ['2', 'Ann Lee', 1, 1],
      ['reporter', 'Reporter', 1, 1],
      ['unattributed', 'Unattributed', 1, 1],
    ]);
    expect(view.utteranceCount).toBe(4);
  });

  it('shows the fullest rendering first and diffs the others with the wording divergence parts', () => {
    const [utterance] = buildQuotesView(dto).sections[0].utterances;
    expect(utterance.fullest).toEqual({ text: q1.text, outlet: 'B' });
    expect(utterance.variants.map((v) => [v.outlet, v.isFullest, v.fragment])).toEqual([
      ['B', true, false],
      ['C', false, true],
    ]);
    expect(utterance.variants[0].parts).toBeNull();
    expect(utterance.variants[1].parts).toEqual(wording.data.variants[0].parts);
    expect(utterance.fragmentNotes).toEqual(['C quotes only a fragment: 3 of the 7 words of the fullest rendering (B).']);
  });

  it('a fragment of the fullest rendering, with no wording divergence (carried in part), still gets its word diff and fragment note', () => {
    const agreed: ClaimGroupDto = { ...group, status: 'agreed', divergences: [] };
    const [utterance] = buildQuotesView(story([q1, q2, q3, q4, q5], [agreed], dto.annotations)).sections[0].utterances;
    expect(utterance.variants.map((v) => [v.outlet, v.fragment])).toEqual([
      ['B', false],
      ['C', true],
    ]);
    expect(utterance.variants[1].parts?.some((part) => part.removed)).toBe(true);
    expect(utterance.fragmentNotes).toEqual(['C quotes only a fragment: 3 of the 7 words of the fullest rendering (B).']);
  });

  it('gives each outlet’s attribution and links each variant to its sentence', () => {
    const [utterance] = buildQuotesView(dto).sections[0].utterances;
    expect(utterance.variants[1].attribution).toEqual({
      speaker: 'Jane Smith',
      writtenAs: 'the mayor',
      interpreted: false,
      verb: 'promised',
      kind: 'partial',
      kindLabel: 'partial quote',
    });
    expect(utterance.variants[0].attribution.writtenAs).toBe('Smith');
    expect(utterance.variants[1].href).toBe('/stories/s/articles/3#sentence-20');
  });

  it('lists outlets that did not carry it, counting only those published on or after its first rendering', () => {
    const view = buildQuotesView(dto);
    expect(view.sections[0].utterances[0].notCarriedBy).toEqual(['D']);
    // Outlet A published the day before, so it is not counted as leaving it out.
    expect(view.sections.find((s) => s.param === '2')!.utterances[0].notCarriedBy).toEqual([]);
    expect(view.sections.find((s) => s.param === 'reporter')!.utterances[0].notCarriedBy).toEqual(['B', 'C', 'D']);
  });

  it('keeps the divergences with their evidence, and only the annotations on the group', () => {
    const [utterance] = buildQuotesView(dto).sections[0].utterances;
    expect(utterance.divergences).toHaveLength(1);
    expect(utterance.divergences[0].evidence.map((e) => [e.outlet, e.href])).toEqual([
      ['B', '/stories/s/articles/2#sentence-10'],
      ['C', '/stories/s/articles/3#sentence-20'],
    ]);
    expect(utterance.annotations.map((a) => a.body)).toEqual(['Checked against the recording.']);
  });

  it('files a group under the resolved person even when one outlet names only a label', () => {
    const a = quote(1, 2, 'We are pleased.', { speakerId: 2 });
    const b = quote(2, 3, 'We are very pleased.', { speakerId: null, speakerLabel: 'Translator', kind: 'transcript' });
    const attribution = {
      id: 3,
      kind: 'attribution' as const,
      detail: 'Attributed differently.',
      score: 0.8,
      data: {},
      memberIds: [1, 2],
      articleIds: [2, 3],
    };
    const g: ClaimGroupDto = {
      id: 1,
      key: 'quote-y',
      kind: 'quote',
      status: 'diverged',
      label: '',
      score: 0.5,
      members: [member(1, a), member(2, b)],
      divergences: [attribution],
    };
    const view = buildQuotesView(story([a, b], [g]));
    expect(view.sections.map((s) => s.name)).toEqual(['Ann Lee']);
    const [utterance] = view.sections[0].utterances;
    expect(utterance.fullest.text).toBe('We are very pleased.');
    expect(utterance.variants.map((v) => v.attribution.speaker)).toEqual(['Translator', 'Ann Lee']);
    expect(utterance.divergences.map((d) => d.kind)).toEqual(['attribution']);
  });

  it('filters by person id or label slug, and reports an unknown speaker', () => {
    expect(buildQuotesView(dto, 'reporter').sections.map((s) => s.name)).toEqual(['Reporter']);
    expect(buildQuotesView(dto, '1').selected?.name).toBe('Jane Smith');
    expect(buildQuotesView(dto, 'nobody').unknownSpeaker).toBe('nobody');
    expect(buildQuotesView(dto, 'nobody').sections).toEqual([]);
    const unquoted = buildQuotesView(story([], []), '2');
    expect(unquoted.unknownSpeaker).toBeNull();
    expect(unquoted.selected?.name).toBe('Ann Lee');
    expect(unquoted.sections).toEqual([]);
  });

  it('treats a one-member quote group as a quote carried by one article', () => {
    const g: ClaimGroupDto = {
      id: 1,
      key: 'quote-z',
      kind: 'quote',
      status: 'single',
      label: '',
      score: 1,
      members: [member(1, q3)],
      divergences: [],
    };
    const view = buildQuotesView(story([q3], [g]));
    expect(view.sections[0].utterances[0].id).toBe('quote-3');
    expect(view.sections[0].utterances[0].groupKey).toBeNull();
  });
});

describe('repeated quotations', () => {
  it('joins a quote with the same words and speaker to an existing utterance instead of listing it twice', () => {
    const a = quote(1, 1, 'Stay home.');
    const b = quote(2, 2, 'stay home');
    const again = quote(3, 1, '“Stay home”', { verb: 'told' });
    const lone = quote(4, 4, 'Something else.');
    const lone2 = quote(5, 4, 'Something else!');
    const g: ClaimGroupDto = {
      id: 1,
      key: 'quote-h',
      kind: 'quote',
      status: 'agreed',
      label: '',
      score: 1,
      members: [member(1, a), member(2, b)],
      divergences: [],
    };
    const view = buildQuotesView(story([a, b, again, lone, lone2], [g]));
    const utterances = view.sections[0].utterances;
    expect(utterances).toHaveLength(2);
    expect(utterances[0].variants.map((v) => [v.outlet, v.repeatInArticle, v.parts])).toEqual([
      ['A', false, null],
      ['A', true, null],
      ['B', false, null],
    ]);
    expect(utterances[0].notCarriedBy).toEqual(['C', 'D']);
    expect(utterances[1].variants).toHaveLength(2);
    expect(utterances[1].outletCount).toBe(1);
  });
});

describe('fragment notes', () => {
  it('an article that repeats its fragment of the quotation is noted once', () => {
    const full = quote(1, 2, 'We will rebuild the bridge, and we will do it this year.');
    const short = quote(2, 1, 'rebuild the bridge');
    const again = quote(3, 1, 'rebuild the bridge');
    const g: ClaimGroupDto = {
      id: 1,
      key: 'quote-b',
      kind: 'quote',
      status: 'agreed',
      label: '',
      score: 1,
      members: [member(1, short), member(2, full)],
      divergences: [],
    };
    const utterance = buildQuotesView(story([full, short, again], [g])).sections[0].utterances[0];
    expect(utterance.variants.filter((v) => v.outlet === 'A')).toHaveLength(2);
    expect(utterance.fragmentNotes).toEqual(['A quotes only a fragment: 3 of the 12 words of the fullest rendering (B).']);
  });
});

describe('speaker parameter', () => {
  it('accepts ids and label slugs, rejects anything else', () => {
    expect(speakerParam.safeParse('12').success).toBe(true);
    expect(speakerParam.safeParse('the-statement').success).toBe(true);
    expect(speakerParam.safeParse(undefined).success).toBe(true);
    expect(speakerParam.safeParse('<script>').success).toBe(false);
    expect(speakerParam.safeParse('Translator').success).toBe(false);
  });

  it('slugs labels with accents folded', () => {
    expect(labelSlug('The Señora’s aide')).toBe('the-senora-s-aide');
  });
});
