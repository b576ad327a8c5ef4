import { describe, expect, it } from 'vitest';
import { addedArticleLinkText } from '@/components/story/added-article-link';

describe('addedArticleLinkText', () => {
  it.each([
    [
      'names the outlet and headline, never the stored file',
      [{ id: 7, outlet: 'Bay Times', headline: 'Bridge approved' }],
      'Bay Times: “Bridge approved”',
    ],
    [
      'counts the others when several were added',
      [
        { id: 7, outlet: 'Bay Times', headline: 'Bridge approved' },
        { id: 8, outlet: 'Herald', headline: 'Go-ahead' },
      ],
      'Bay Times: “Bridge approved” (and 1 more article)',
    ],
    ['says "the added article" for a run recorded without headlines', [{ id: 7 }], 'the added article'],
  ])('%s', (_name, articles, expected) => {
    const text = addedArticleLinkText(articles);
    expect(text).toBe(expected);
    expect(text).not.toMatch(/\.txt|pasted-/);
  });
});
