import { describe, expect, it } from 'vitest';
import { alignQuotes } from '@/pipeline/cross-article/align-quotes';
import { buildQuoteGroup } from '@/pipeline/cross-article/build-groups';
import type { QuoteMemberView } from '@/pipeline/cross-article/divergences/member-view';
import { quoteWordingDivergence } from '@/pipeline/cross-article/divergences/wording';
import { differentCuts, quoteWords } from '@/pipeline/cross-article/quote-tokens';
import type { StoryArticle } from '@/pipeline/cross-article/types';

const view = (index: number, articleId: number, text: string): QuoteMemberView => ({
  index,
  articleId,
  outlet: `Outlet ${articleId}`,
  speaker: 'Jo Grant',
  quote: {
    id: index + 1,
    articleId,
    sentenceIndex: 0,
    start: 0,
    end: text.length,
    text,
    speakerKey: 'jo-grant',
    speakerLabel: null,
    verb: 'said',
    kind: 'direct',
  },
});

describe('align-quotes', () => {
  it('align-quotes: a one- or two-word phrase in quotation marks is a term, not an utterance: it makes no row, while a three-word remark does', () => {
    const quotes = [
      { articleId: 1, text: 'root causes', speakerKey: 'jo-grant' },
      { articleId: 2, text: 'root causes', speakerKey: null },
      { articleId: 3, text: 'root causes', speakerKey: 'sam-lee' },
      { articleId: 1, text: 'Stay at home.', speakerKey: 'jo-grant' },
      { articleId: 2, text: 'Stay at home', speakerKey: 'jo-grant' },
    ];
    const rows = alignQuotes(quotes).filter((row) => row.members.length > 1);
    expect(rows.map((row) => row.members)).toEqual([[3, 4]]);
  });

  it('align-quotes: a quotation that holds another outlet’s shorter rendering in full carries that utterance too', () => {
    const quotes = [
      { articleId: 1, text: 'I say this to every family on the bank: stay away from the river', speakerKey: 'jo-grant' },
      { articleId: 1, text: 'Stay away from the river', speakerKey: 'jo-grant' },
      // Article 2 has the fuller remark, with the warning said twice: its quotation sits in the fuller row.
      {
        articleId: 2,
        text: 'I say this to every family on the bank: stay away from the river. Stay away from the river',
        speakerKey: 'jo-grant',
      },
      { articleId: 3, text: 'stay away from the river', speakerKey: 'jo-grant' },
    ];
    const groups = alignQuotes(quotes);
    expect(groups.find((g) => g.members.includes(0))!.members).toEqual([0, 2]);
    const short = groups.find((g) => g.members.includes(1))!;
    expect(short.members).toEqual([1, 2, 3]);
  });

  it('align-quotes: a rendering that is a fragment of the fuller one is carried in part, not a wording divergence', () => {
    const members = [view(0, 1, 'We will rebuild every school, and we will do it this year'), view(1, 2, 'we will rebuild every school')];
    expect(quoteWordingDivergence(members)).toBeNull();
    const changed = [view(0, 1, 'We will rebuild every school this year'), view(1, 2, 'We will rebuild most schools this year')];
    expect(quoteWordingDivergence(changed)?.detail).toMatch(/differs in/);
  });

  it('align-quotes: two different cuts of one passage are told apart from a changed word at the same end', () => {
    const long = 'In the meantime I say this to every family on the bank: stay away from the river';
    const other = 'I say this to every family on the bank: stay away from the river. Stay away from the river';
    expect(differentCuts(quoteWords(long), quoteWords(other))).toBe(true);
    const cuts = quoteWordingDivergence([view(0, 1, long), view(1, 2, other)]);
    expect(cuts?.detail).toMatch(
      /^Quoted as different parts of one passage: Outlet 1 quotes another cut of the passage \(without 5 of its words, with 3 it leaves out/,
    );
    expect(cuts?.data.variants[0]).toMatchObject({ fragment: false, cut: true });
    // Both renderings go on past the shared words at the same end: the words differ there.
    expect(differentCuts(quoteWords('we will rebuild every school this year'), quoteWords('we will rebuild every school next year'))).toBe(
      false,
    );
    expect(differentCuts(quoteWords('we will build it'), quoteWords('they say we will not'))).toBe(false);
  });

  it('align-quotes: a row is labelled with the rendering every outlet carries, not the fullest one', () => {
    const views = [
      view(0, 1, 'Stay away from the river.'),
      view(1, 2, 'I say this to every family on the bank: stay away from the river. Stay away from the river'),
      view(2, 3, 'stay away from the river'),
    ];
    const articles = new Map([1, 2, 3].map((id) => [id, { id, outlet: `Outlet ${id}`, publishedOn: '2024-05-01' } as StoryArticle]));
    const context = { articles, familyOf: new Map<number, string>(), personNames: new Map([['jo-grant', 'Jo Grant']]) };
    const group = buildQuoteGroup(
      { members: [0, 1, 2], similarities: [1, 1, 1], score: 1 },
      views.map((v) => v.quote),
      context,
    );
    expect(group.label).toBe('Jo Grant: “Stay away from the river.”');
  });

  it('align-quotes: words the writer put in square brackets are not the speaker’s, so they make no wording divergence', () => {
    const members = [view(0, 1, 'We will rebuild every school this year.'), view(1, 2, 'we will rebuild every school [in the valley],')];
    expect(quoteWordingDivergence(members)).toBeNull();
  });
});

describe('tfidf', () => {
  it('tfidf: candidate pairs jump over one article’s run of items and still pair every other article’s items', async () => {
    const { candidatePairs, vectorise } = await import('@/pipeline/cross-article/tfidf');
    // One long article (group 0) with 500 sentences sharing a word with two short ones (groups 1, 2).
    const groups = [...Array.from({ length: 500 }, () => 0), 1, 2];
    const vectors = vectorise(groups.map(() => ['harbour']));
    const pairs = candidatePairs(vectors, (index) => groups[index], { maxShare: 1, window: 3 });
    expect(pairs.every(([a, b]) => groups[a] !== groups[b])).toBe(true);
    expect(pairs).toContainEqual([500, 501]);
    expect(pairs.filter(([a]) => a < 500).length).toBeGreaterThanOrEqual(500);
  });
});
