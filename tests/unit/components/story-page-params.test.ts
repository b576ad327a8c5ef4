import { describe, expect, it } from 'vitest';
import {
  checkedStoryPageOf,
  malformedParam,
  namesStoryValues,
  rawParam,
  STORY_PAGE_SCHEMAS,
  unknownStoryValue,
} from '@/components/story-params/story-page-params';
import { parseParam } from '@/lib/search-params';
import type { QuoteDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';
import { STORY_PAGE_PARAMS } from '@/server/page-cache/cache-policy';

const q = (query: string) => new URLSearchParams(query);

function quote(id: number, articleId: number, extra: Partial<QuoteDto>): QuoteDto {
  return {
    id,
    articleId,
    sentenceId: id * 10,
    text: `Words ${id}.`,
    speakerId: null,
    speakerLabel: null,
    verb: 'said',
    kind: 'direct',
    confidence: 0.9,
    ...extra,
  };
}

// Two outlets, a quoted person (1), a person never quoted (2), a quoted label and an unattributed quote.
const analysis: StoryAnalysisDto = {
  story: { id: 1, slug: 's', title: 'S', revision: 1, analysed: true },
  outlets: [
    { slug: 'daily-mail', name: 'Daily Mail' },
    { slug: 'efe', name: 'EFE' },
  ],
  articles: (['daily-mail', 'efe'] as const).map((slug, index) => ({
    id: index + 1,
    sourceFile: `${slug}.txt`,
    outlet: { slug, name: slug },
    headline: 'H',
    publishedAt: '2030-03-01T12:00:00.000Z',
    url: null,
    language: 'en',
    wordCount: 100,
    familyKey: null,
    skippedStages: [],
  })),
  people: [
    { id: 1, key: 'jane smith', name: 'Jane Smith', role: null, aliases: [] },
    { id: 2, key: 'ann lee', name: 'Ann Lee', role: null, aliases: [] },
  ],
  quotes: [quote(1, 1, { speakerId: 1, speakerLabel: 'Smith' }), quote(2, 2, { speakerLabel: 'Press office' }), quote(3, 2, {})],
  groups: [],
  events: [],
  framing: [],
  mentionCounts: [],
  annotations: [],
};

describe('parseParam', () => {
  it('story params: an empty value is the parameter left out', () => {
    expect(parseParam('kind', STORY_PAGE_SCHEMAS.compare.kind, '')).toEqual({ ok: true, value: undefined });
    expect(parseParam('page', STORY_PAGE_SCHEMAS.compare.page, [''])).toEqual({ ok: true, value: undefined });
  });

  it('story params: a value outside a list names the parameter and lists the accepted values in plain words', () => {
    const result = parseParam('kind', STORY_PAGE_SCHEMAS.compare.kind, 'bogus');
    expect(result).toEqual({
      ok: false,
      message:
        'The “kind” parameter "bogus" is not valid: use diverged, shared, number, wording, attribution, date or omission, or leave it out.',
    });
  });

  it('story params: a list of one value is said plainly too', () => {
    const result = parseParam('layout', STORY_PAGE_SCHEMAS.compare.layout, 'grid');
    expect(result.ok || result.message).toBe('The “layout” parameter "grid" is not valid: use rows, or leave it out.');
  });

  it('story params: a list with its own message keeps it', () => {
    const result = parseParam('sort', STORY_PAGE_SCHEMAS.overview.sort, 'sideways');
    expect(result.ok || result.message).toBe(
      'The “sort” parameter "sideways" is not valid: use outlets (the default), divergence or label.',
    );
  });
});

describe('malformedParam', () => {
  it.each([
    ['overview', 'sort=sideways', 'sort'],
    ['overview', 'show=everything', 'show'],
    ['compare', 'kind=bogus', 'kind'],
    ['compare', 'outlets=Foo,bar', 'outlets'],
    ['compare', 'page=0', 'page'],
    ['compare', 'layout=grid', 'layout'],
    ['compare', 'why=x', 'why'],
    ['compare', 'edit=-1', 'edit'],
    ['quotes', 'speaker=Not%20a%20slug', 'speaker'],
    ['timeline', 'outlet=%3Cb%3E', 'outlet'],
    ['compare', 'kind=&layout=grid', 'layout'],
    ['compare', 'kind=number&kind=bogus', null],
  ] as const)('story params: %s?%s is refused for %s', (page, query, param) => {
    expect(malformedParam(page, q(query))?.param ?? null).toBe(param);
  });

  it.each([
    ['overview', ''],
    ['overview', 'sort=label&show=all'],
    ['overview', 'sort=&show='],
    ['compare', 'outlets=foo,bar&kind=number&page=2&layout=rows&why=3&edit=4'],
    ['compare', 'outlets=foo&outlets=bar'],
    ['compare', 'kind=&outlets=&page=&layout=&why=&edit='],
    ['quotes', 'speaker='],
    ['quotes', 'speaker=bogus'],
    ['timeline', 'outlet='],
    ['timeline', 'outlet=bogus&unread=<x>'],
  ] as const)('story params: %s?%s is well formed', (page, query) => {
    expect(malformedParam(page, q(query))).toBeNull();
  });

  it('story params: every parameter a checked page reads is one the page cache keeps', () => {
    for (const [page, schemas] of Object.entries(STORY_PAGE_SCHEMAS))
      expect(STORY_PAGE_PARAMS[page as keyof typeof STORY_PAGE_SCHEMAS]).toEqual(expect.arrayContaining(Object.keys(schemas)));
  });
});

describe('checkedStoryPageOf and rawParam', () => {
  it.each([
    ['/stories/a-story', { page: 'overview', slug: 'a-story' }],
    ['/stories/a-story/compare', { page: 'compare', slug: 'a-story' }],
    ['/stories/a-story/quotes', { page: 'quotes', slug: 'a-story' }],
    ['/stories/a-story/timeline', { page: 'timeline', slug: 'a-story' }],
    ['/stories/a-story/people', null],
    ['/stories/a-story/articles/3', null],
    ['/stories/new', null],
    ['/stories/a-story/compare/x', null],
    ['/print/a-story', { page: 'print', slug: 'a-story' }],
    ['/print/a-story/x', null],
  ])('story params: %s is %o', (path, expected) => {
    expect(checkedStoryPageOf(path)).toEqual(expected);
  });

  it('story params: the print page (what the PDF is made from) refuses a bad section or an outlet the story lacks', () => {
    expect(malformedParam('print', q('sections=grid,bogus'))?.param).toBe('sections');
    expect(malformedParam('print', q('sections=grid&sections=quotes'))).toBeNull();
    expect(unknownStoryValue('print', q('outlets=efe,nope'), analysis)?.message).toContain('“nope”');
    expect(unknownStoryValue('print', q('outlets=efe'), analysis)).toBeNull();
  });

  it('story params: outlets repeated are joined (as the page joins them), other parameters keep their first value', () => {
    expect(rawParam(q('outlets=a&outlets=b'), 'outlets')).toBe('a,b');
    expect(rawParam(q('kind=number&kind=date'), 'kind')).toBe('number');
    expect(rawParam(q(''), 'kind')).toBeUndefined();
  });
});

describe('unknownStoryValue', () => {
  it.each([
    ['compare', 'outlets=daily-mail,efe', null],
    ['compare', 'outlets=', null],
    ['compare', 'outlets=foo,efe,foo', 'outlets'],
    ['timeline', 'outlet=efe', null],
    ['timeline', 'outlet=bogus', 'outlet'],
    ['quotes', 'speaker=1', null],
    ['quotes', 'speaker=2', null],
    ['quotes', 'speaker=press-office', null],
    ['quotes', 'speaker=unattributed', null],
    ['quotes', 'speaker=bogus', 'speaker'],
    ['quotes', 'speaker=99', 'speaker'],
    ['overview', 'sort=label', null],
  ] as const)('story params: %s?%s names an unknown value of %s', (page, query, param) => {
    expect(unknownStoryValue(page, q(query), analysis)?.param ?? null).toBe(param);
  });

  it('story params: the message names the unknown outlets once and the story’s own', () => {
    expect(unknownStoryValue('compare', q('outlets=foo,efe,foo,bar'), analysis)?.message).toBe(
      'The “outlets” parameter names 2 outlets this story does not have: “foo”, “bar”. Its outlets are “daily-mail”, “efe”.',
    );
  });

  it('story params: a long address gets a short answer: values are cut, and at most five unknown outlets are listed', () => {
    const many = Array.from({ length: 40 }, (_, i) => `outlet-${i}`).join(',');
    const message = unknownStoryValue('compare', q(`outlets=${many}`), analysis)?.message ?? '';
    expect(message).toContain(
      'names 40 outlets this story does not have: “outlet-0”, “outlet-1”, “outlet-2”, “outlet-3”, “outlet-4” and 35 more.',
    );
    const long = unknownStoryValue('quotes', q(`speaker=${'a'.repeat(5000)}`), analysis)?.message ?? '';
    expect(long.length).toBeLessThan(200);
    expect(long).toContain(`"${'a'.repeat(60)}…"`);
    // A right-to-left override would reorder the message around it: it is written out instead.
    const bidi = unknownStoryValue('quotes', q('speaker=%E2%80%AEmoc.live'), analysis)?.message ?? '';
    expect(bidi).toContain('"<U+202E>moc.live"');
    expect(bidi).not.toContain('\u202e');
  });

  it('story params: the analysis is only needed when an outlet or speaker is named', () => {
    expect(namesStoryValues('compare', q('kind=number'))).toBe(false);
    expect(namesStoryValues('compare', q('outlets='))).toBe(false);
    expect(namesStoryValues('compare', q('outlets=a,b'))).toBe(true);
    expect(namesStoryValues('timeline', q('outlet=a'))).toBe(true);
    expect(namesStoryValues('quotes', q('speaker=a'))).toBe(true);
    expect(namesStoryValues('overview', q('sort=label'))).toBe(false);
  });
});
