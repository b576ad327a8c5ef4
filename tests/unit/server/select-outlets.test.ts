import { describe, expect, it } from 'vitest';
import type { StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';
import { selectOutlets } from '@/server/export/select-outlets';

const outlet = (slug: string, name: string) => ({ slug, name });
const article = (id: number, o: { slug: string; name: string }) => ({
  id,
  sourceFile: `${id}.txt`,
  outlet: o,
  headline: 'h',
  publishedAt: '2024-03-05T12:00:00.000Z',
  url: null,
  language: 'en',
  wordCount: 10,
  familyKey: null,
  skippedStages: [],
});
const member = (id: number, articleId: number) => ({
  id,
  articleId,
  claimId: id,
  quoteId: null,
  sentenceId: id,
  text: `claim ${id}`,
  similarity: 0.5,
});
const [a, b, c] = [outlet('a', 'Alpha'), outlet('b', 'Beta'), outlet('c', 'Gamma')];

const dto: StoryAnalysisDto = {
  story: { id: 1, slug: 's', title: 'S', revision: 1, analysed: true },
  outlets: [a, b, c],
  articles: [article(1, a), article(2, b), article(3, c)],
  people: [],
  quotes: [],
  groups: [
    {
      id: 1,
      key: 'fact-1',
      kind: 'fact',
      status: 'diverged',
      label: 'L',
      score: 0.5,
      members: [member(11, 1), member(12, 2)],
      divergences: [
        {
          id: 1,
          kind: 'number',
          detail: 'Alpha and Beta give different figures',
          score: 0.6,
          data: {},
          memberIds: [11, 12],
          articleIds: [1, 2],
        },
      ],
    },
    {
      id: 2,
      key: 'fact-2',
      kind: 'fact',
      status: 'agreed',
      label: 'M',
      score: 0.5,
      members: [member(21, 1), member(22, 2)],
      divergences: [
        {
          id: 2,
          kind: 'omission',
          detail: 'Not reported by Gamma; reported by Alpha and Beta',
          score: 0.6,
          data: { omittedBy: [3] },
          memberIds: [21, 22],
          articleIds: [1, 2, 3],
        },
      ],
    },
  ],
  events: [
    {
      id: 1,
      key: 'e',
      date: '2024-03-05',
      precision: 'day',
      label: 'E',
      note: 'Reported by Alpha; not mentioned by Beta and Gamma.',
      sources: [{ articleId: 1, sentenceId: 11, text: 't' }],
    },
  ],
  framing: [],
  mentionCounts: [],
  annotations: [],
};

describe('select-outlets', () => {
  it("select-outlets: keeps the chosen outlets' articles and the divergences between two of them", () => {
    const ab = selectOutlets(dto, ['a', 'b']);
    expect(ab.articles.map((x) => x.id)).toEqual([1, 2]);
    expect(ab.groups[0]).toMatchObject({ status: 'diverged', divergences: [{ kind: 'number' }] });
    // Gamma is not chosen: its omission is not part of this comparison.
    expect(ab.groups[1].divergences).toEqual([]);
  });

  it('select-outlets: a divergence with one chosen side left is dropped, and the status follows', () => {
    const ac = selectOutlets(dto, ['a', 'c']);
    expect(ac.groups[0]).toMatchObject({ status: 'single', divergences: [] });
    expect(ac.groups[1].divergences[0].detail).toBe('Not reported by Gamma; reported by Alpha.');
  });

  it('select-outlets: event notes name only the chosen outlets', () => {
    expect(selectOutlets(dto, ['a', 'b']).events[0].note).toBe('Reported by Alpha; not mentioned by Beta.');
    expect(selectOutlets(dto, ['b', 'c']).events).toEqual([]);
  });

  it('select-outlets: no selection returns the story as it is', () => {
    expect(selectOutlets(dto)).toBe(dto);
  });
});
