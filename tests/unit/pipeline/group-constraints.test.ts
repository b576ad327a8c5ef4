import { describe, expect, it } from 'vitest';
import { type AlignableClaim, alignClaims } from '@/pipeline/cross-article/align-claims';
import { alignQuotes } from '@/pipeline/cross-article/align-quotes';
import { analyseStory } from '@/pipeline/cross-article/analyse-story';
import { type GroupCorrection, memberKey, resolveConstraints } from '@/pipeline/cross-article/group-constraints';
import { storyInputFromDocs } from '@/pipeline/cross-article/story-input';
import type { StoryClaim, StoryInput } from '@/pipeline/cross-article/types';
import { analyseArticle } from '@/pipeline/stages';

const claim = (articleId: number, text: string): AlignableClaim => ({ articleId, text, personKeys: [], quantities: [], dates: [] });
const groupOf = (groups: { members: number[] }[], index: number) => groups.find((group) => group.members.includes(index))!.members;

/** A tiny story from article texts, analysed by the real per-article stages. */
function story(articles: { file: string; outlet: string; text: string }[]): StoryInput {
  return storyInputFromDocs(
    articles.map(({ file, outlet, text }) => ({
      outlet,
      publishedOn: '2024-06-02',
      doc: analyseArticle({ sourceFile: file, rawText: text, publishedAt: new Date('2024-06-02T09:00:00Z') }),
    })),
  );
}

/** The stable key of the claim whose text contains `words`. */
function keyOf(input: StoryInput, words: string): string {
  for (const article of input.articles) {
    const found = article.claims.find((c: StoryClaim) => c.text.includes(words));
    if (found) return memberKey(article.sourceFile!, found.start);
  }
  throw new Error(`no claim with "${words}"`);
}

function groupWith(input: StoryInput, analysis: ReturnType<typeof analyseStory>, words: string) {
  const claims = input.articles.flatMap((article) => article.claims);
  const id = claims.find((c) => c.text.includes(words))!.id;
  return analysis.groups.find((group) => group.members.some((member) => member.claimId === id))!;
}

describe('group-constraints', () => {
  it('group-constraints: a merge links every member of both rows; a split forbids the moved members with the rest', () => {
    const keys = ['a@0', 'b@0', 'c@0', 'd@0'];
    expect(resolveConstraints([{ kind: 'merge', memberKind: 'fact', keys: ['a@0'], otherKeys: ['b@0', 'c@0'] }], keys)).toEqual({
      mustLink: [
        [0, 1],
        [0, 2],
        [1, 2],
      ],
      cannotLink: [],
    });
    expect(resolveConstraints([{ kind: 'split', memberKind: 'fact', keys: ['c@0', 'd@0'], otherKeys: ['a@0'] }], keys)).toEqual({
      mustLink: [[2, 3]],
      cannotLink: [
        [0, 2],
        [0, 3],
      ],
    });
  });

  it('group-constraints: a later correction about the same pair wins, and unknown keys are ignored', () => {
    const corrections: GroupCorrection[] = [
      { kind: 'merge', memberKind: 'fact', keys: ['a@0'], otherKeys: ['b@0', 'gone@9'] },
      { kind: 'split', memberKind: 'fact', keys: ['b@0'], otherKeys: ['a@0'] },
    ];
    expect(resolveConstraints(corrections, ['a@0', 'b@0'])).toEqual({ mustLink: [], cannotLink: [[0, 1]] });
    expect(
      resolveConstraints([...corrections, { kind: 'merge', memberKind: 'fact', keys: ['b@0'], otherKeys: ['a@0'] }], ['a@0', 'b@0']),
    ).toEqual({ mustLink: [[0, 1]], cannotLink: [] });
  });

  it('align-claims: a must-link joins two claims the similarity would leave apart', () => {
    const claims = [
      claim(1, 'Organisers counted visitors at the waterfront celebration.'),
      claim(2, 'The council said people attended the harbour festival.'),
    ];
    expect(alignClaims(claims).map((group) => group.members)).toEqual([[0], [1]]);
    expect(alignClaims(claims, { constraints: { mustLink: [[0, 1]], cannotLink: [] } }).map((group) => group.members)).toEqual([[0, 1]]);
  });

  it('align-claims: a must-link still keeps one claim per article', () => {
    const claims = [claim(1, 'The bridge opened.'), claim(1, 'Fishermen protested.')];
    expect(alignClaims(claims, { constraints: { mustLink: [[0, 1]], cannotLink: [] } })).toHaveLength(2);
  });

  it('align-claims: a cannot-link keeps a claim out of the group it would join', () => {
    const claims = [
      claim(1, 'The council approved the harbour bridge budget after a long debate.'),
      claim(2, 'After a long debate the council approved the harbour bridge budget.'),
      claim(3, 'The council approved the harbour bridge budget.'),
    ];
    expect(groupOf(alignClaims(claims), 0)).toEqual([0, 1, 2]);
    const split = alignClaims(claims, {
      constraints: {
        mustLink: [],
        cannotLink: [
          [0, 2],
          [1, 2],
        ],
      },
    });
    expect(groupOf(split, 0)).toEqual([0, 1]);
    expect(groupOf(split, 2)).toEqual([2]);
  });

  it('align-quotes: constraints split and merge quotation groups too', () => {
    const quotes = [
      { articleId: 1, text: 'We will build the bridge by the spring', speakerKey: 'jo-grant' },
      { articleId: 2, text: 'we will build the bridge by the spring', speakerKey: 'jo-grant' },
      { articleId: 3, text: 'Nobody asked the fishermen', speakerKey: null },
    ];
    expect(groupOf(alignQuotes(quotes), 0)).toEqual([0, 1]);
    expect(groupOf(alignQuotes(quotes, { constraints: { mustLink: [], cannotLink: [[0, 1]] } }), 0)).toEqual([0]);
    expect(groupOf(alignQuotes(quotes, { constraints: { mustLink: [[1, 2]], cannotLink: [] } }), 2)).toEqual([0, 1, 2]);
  });

  it('analyse-story: merging two rows joins them and the number divergence between them is then found', () => {
    const input = story([
      {
        file: 'herald.txt',
        outlet: 'Coast Herald',
        text: 'Festival weekend\n\nThe council said 41,372 people attended the harbour festival.\n',
      },
      {
        file: 'times.txt',
        outlet: 'Bay Times',
        text: 'Record weekend\n\nOrganisers counted 60,000 visitors at the waterfront celebration.\n',
      },
    ]);
    const before = analyseStory(input);
    expect(groupWith(input, before, '41,372')).not.toBe(groupWith(input, before, '60,000'));

    const merge: GroupCorrection = {
      kind: 'merge',
      memberKind: 'fact',
      keys: [keyOf(input, '41,372')],
      otherKeys: [keyOf(input, '60,000')],
    };
    const after = analyseStory({ ...input, corrections: [merge] });
    const merged = groupWith(input, after, '41,372');
    expect(merged).toBe(groupWith(input, after, '60,000'));
    expect(merged.divergences.map((d) => d.kind)).toContain('number');
    expect(merged.status).toBe('diverged');
  });

  it('analyse-story: splitting a member out gives it a row of its own and the remaining row agrees', () => {
    const input = story([
      {
        file: 'herald.txt',
        outlet: 'Coast Herald',
        text: 'Crowds by the sea\n\nThe council said 41,372 people attended the harbour festival.\n',
      },
      {
        file: 'times.txt',
        outlet: 'Bay Times',
        text: 'Busy weekend\n\nAbout 40,000 people attended the harbour festival, the council said.\n',
      },
      {
        file: 'post.txt',
        outlet: 'Harbour Post',
        text: 'Music and boats\n\nA record 41,372 visitors came to the harbour festival, the council said.\n',
      },
    ]);
    const before = groupWith(input, analyseStory(input), '41,372');
    expect(before.members).toHaveLength(3);
    expect(before.status).toBe('diverged');

    const split: GroupCorrection = {
      kind: 'split',
      memberKind: 'fact',
      keys: [keyOf(input, '40,000')],
      otherKeys: [keyOf(input, 'people attended the harbour'), keyOf(input, 'visitors came')],
    };
    const after = analyseStory({ ...input, corrections: [split] });
    const remaining = groupWith(input, after, '41,372');
    expect(remaining.members).toHaveLength(2);
    expect(remaining.divergences.map((d) => d.kind)).not.toContain('number');
    expect(remaining.status).toBe('agreed');
    const moved = groupWith(input, after, '40,000');
    expect(moved.members).toHaveLength(1);
    expect(moved.status).toBe('single');
  });
});
