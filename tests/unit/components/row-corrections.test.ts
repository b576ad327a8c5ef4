import { describe, expect, it } from 'vitest';
import { mergeCandidates } from '@/components/compare/merge-candidates';
import { rowCorrectionOptions } from '@/components/compare/row-corrections';
import type { ArticleDto, ClaimGroupDto } from '@/server/data/stories/get-story-analysis';

let nextId = 1;
function group(key: string, members: [articleId: number, text: string][], kind: ClaimGroupDto['kind'] = 'fact'): ClaimGroupDto {
  return {
    id: nextId++,
    key,
    kind,
    status: members.length > 1 ? 'agreed' : 'single',
    label: members[0][1],
    score: 0.5,
    members: members.map(([articleId, text], index) => ({
      id: nextId++,
      articleId,
      claimId: 1,
      quoteId: null,
      sentenceId: index,
      key: `${articleId}.txt@${index}`,
      text,
      similarity: 0.5,
    })),
    divergences: [],
  };
}

const article = (id: number, name: string): ArticleDto => ({
  id,
  sourceFile: `${id}.txt`,
  outlet: { slug: name.toLowerCase(), name },
  headline: '',
  publishedAt: '2024-01-01T00:00:00.000Z',
  url: null,
  language: 'en',
  wordCount: 10,
  familyKey: null,
  skippedStages: [],
});

describe('merge-candidates', () => {
  const groups = [
    group('bridge', [[1, 'The council approved the harbour bridge budget.']]),
    group('bridge-cost', [[2, 'The harbour bridge budget is 40 million.']]),
    group('bridge-vote', [[3, 'Councillors voted for the bridge.']]),
    group('weather', [[2, 'Rain is expected on Sunday.']]),
    group('same-article', [[1, 'The harbour bridge budget was debated for hours.']]),
    group('quote', [[4, 'We will build the harbour bridge budget.']], 'quote'),
  ];

  it('merge-candidates: the most alike rows first; rows sharing no word are not offered', () => {
    // Three shared terms (harbour, bridge, budget) each for the first two, one for the third; "weather" shares none.
    expect(
      mergeCandidates(groups, ['bridge-cost'])
        .get('bridge-cost')!
        .map((c) => c.key),
    ).toEqual(['bridge', 'same-article', 'bridge-vote']);
  });

  it('merge-candidates: never the row itself, a row of the other kind or a row with a claim from the same article', () => {
    const offered = mergeCandidates(groups, ['bridge'])
      .get('bridge')!
      .map((c) => c.key);
    expect(offered).toEqual(['bridge-cost', 'bridge-vote']);
  });

  it('merge-candidates: at most `limit` rows', () => {
    const many = [
      group('a', [[1, 'harbour bridge']]),
      ...Array.from({ length: 30 }, (_, i) => group(`b${i}`, [[i + 2, `harbour bridge number ${'x'.repeat(i + 1)}`]])),
    ];
    expect(mergeCandidates(many, ['a'], 10).get('a')).toHaveLength(10);
  });

  it('row-corrections: a row offers its members with their outlets and stable keys, and its merge candidates', () => {
    const options = rowCorrectionOptions(
      {
        groups: [
          group('two', [
            [1, 'The bridge opened.'],
            [2, 'The bridge was opened.'],
          ]),
          group('one', [[3, 'The bridge opened today.']]),
        ],
        articles: [article(1, 'Alpha'), article(2, 'Beta'), article(3, 'Gamma')],
      },
      ['two'],
    );
    expect(options.get('two')).toEqual({
      members: [
        { key: '1.txt@0', outlet: 'Alpha', text: 'The bridge opened.' },
        { key: '2.txt@1', outlet: 'Beta', text: 'The bridge was opened.' },
      ],
      candidates: [{ key: 'one', label: 'The bridge opened today.', likeness: expect.any(Number) }],
    });
    expect(options.has('one')).toBe(false);
  });
});
