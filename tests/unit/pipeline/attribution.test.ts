import { describe, expect, it } from 'vitest';
import { quoteAttributionDivergence } from '@/pipeline/cross-article/divergences/attribution';
import type { QuoteMemberView } from '@/pipeline/cross-article/divergences/member-view';

const member = (index: number, outlet: string, speaker: string | null): QuoteMemberView => ({
  index,
  articleId: index + 1,
  outlet,
  speaker,
  quote: {
    id: index + 1,
    articleId: index + 1,
    sentenceIndex: 0,
    start: 0,
    end: 10,
    text: 'We will build it by spring',
    speakerKey: null,
    speakerLabel: speaker,
    verb: 'said',
    kind: 'direct',
  },
});

describe('quoteAttributionDivergence', () => {
  it('attribution: two different people for one utterance is a divergence', () => {
    const found = quoteAttributionDivergence([member(0, 'Herald', 'Jo Grant'), member(1, 'Times', 'Sam Okafor')]);
    expect(found?.detail).toBe('Attributed differently: Herald to Jo Grant; Times to Sam Okafor.');
  });

  it('attribution: a role the pipeline could not tie to a person ("the minister") is not a second speaker', () => {
    expect(quoteAttributionDivergence([member(0, 'Herald', 'Jo Grant'), member(1, 'Times', 'the minister')])).toBeNull();
    expect(quoteAttributionDivergence([member(0, 'Herald', 'Jo Grant'), member(1, 'Times', 'a spokesperson for the council')])).toBeNull();
  });

  it('attribution: a transcript label against a person is a divergence', () => {
    expect(quoteAttributionDivergence([member(0, 'Herald', 'Jo Grant'), member(1, 'Times', 'Translator')])).not.toBeNull();
  });

  it('attribution: the surname alone and the full name are the same speaker', () => {
    expect(
      quoteAttributionDivergence([member(0, 'Herald', 'Jo Grant'), member(1, 'Times', 'Grant'), member(2, 'Post', 'Jo Grant')]),
    ).toBeNull();
  });

  it('attribution: a surname that fits two named speakers does not hide their divergence', () => {
    const found = quoteAttributionDivergence([
      member(0, 'Herald', 'Jo Grant'),
      member(1, 'Times', 'Ulysses Grant'),
      member(2, 'Post', 'Grant'),
    ]);
    expect(found).not.toBeNull();
  });

  it('attribution: an unresolved pronoun or an unknown speaker is no attribution at all', () => {
    expect(quoteAttributionDivergence([member(0, 'Herald', 'Jo Grant'), member(1, 'Times', 'he')])).toBeNull();
    expect(quoteAttributionDivergence([member(0, 'Herald', 'Jo Grant'), member(1, 'Times', null), member(2, 'Post', 'She')])).toBeNull();
  });

  it('attribution: accents and punctuation do not make two speakers', () => {
    expect(quoteAttributionDivergence([member(0, 'Herald', 'José Núñez'), member(1, 'Times', 'Jose Nunez')])).toBeNull();
  });
});
