import { describe, expect, it } from 'vitest';
import { type FramingArticle, framingTerms, weightedLogOdds } from '@/pipeline/cross-article/framing';

/** An article whose paragraphs are the given texts; the first is the headline. */
function article(id: number, outlet: string, paragraphs: string[], language = 'en', kinds: string[] = []): FramingArticle {
  let text = '';
  const spans = paragraphs.map((p, i) => {
    const start = text.length;
    text += `${p}\n\n`;
    return { start, end: start + p.length, kind: kinds[i] ?? (i === 0 ? 'headline' : 'body') };
  });
  return { id, outlet, headline: paragraphs[0], text, paragraphs: spans, language };
}

const SHARED = 'The town council met on Monday to discuss the harbour budget and the new school building.';
const ALIENS = Array.from({ length: 8 }, (_, i) => `Officers detained illegal aliens near the harbour on day ${i}.`);
const UNDOCUMENTED = Array.from({ length: 8 }, (_, i) => `Officers detained undocumented immigrants near the harbour on day ${i}.`);

const outletTerms = (terms: ReturnType<typeof framingTerms>, outlet: string) =>
  terms.filter((t) => t.scope === 'outlet' && t.outlet === outlet).map((t) => t.term);

describe('framing', () => {
  it("framing: each outlet's own wording surfaces for it, not for the other", () => {
    const terms = framingTerms([
      article(1, 'Outlet A', ['Harbour arrests', SHARED, ...ALIENS, SHARED]),
      article(2, 'Outlet B', ['Harbour arrests', SHARED, ...UNDOCUMENTED, SHARED]),
    ]);
    expect(outletTerms(terms, 'Outlet A')).toContain('illegal aliens');
    expect(outletTerms(terms, 'Outlet B')).toContain('undocumented immigrants');
    expect(outletTerms(terms, 'Outlet A').join(' ')).not.toMatch(/undocumented|immigrants/);
    expect(outletTerms(terms, 'Outlet B').join(' ')).not.toMatch(/illegal|aliens/);
    // The shared words are not distinctive for anyone.
    expect(terms.filter((t) => t.scope === 'outlet').map((t) => t.term)).not.toContain('council');
  });

  it('framing: neither the words of a kept phrase nor its overlapping neighbours ("detained illegal") are listed again', () => {
    const terms = framingTerms([
      article(1, 'Outlet A', ['Harbour arrests', SHARED, ...ALIENS]),
      article(2, 'Outlet B', ['Harbour arrests', SHARED, ...UNDOCUMENTED]),
    ]);
    expect(outletTerms(terms, 'Outlet A')).toEqual(['illegal aliens']);
    expect(outletTerms(terms, 'Outlet B')).toEqual(['undocumented immigrants']);
  });

  it('framing: with a single outlet there are no outlet terms, even across several articles', () => {
    const terms = framingTerms([
      article(1, 'Outlet A', ['Harbour arrests', SHARED, ...ALIENS]),
      article(2, 'Outlet A', ['Harbour arrests', SHARED, ...UNDOCUMENTED]),
    ]);
    expect(terms.filter((t) => t.scope === 'outlet')).toEqual([]);
  });

  it('framing: articles not in English are ignored', () => {
    const terms = framingTerms([
      article(1, 'Outlet A', ['Harbour arrests', SHARED, ...ALIENS]),
      article(2, 'Outlet B', ['Detenciones en el puerto', 'Los agentes detuvieron a inmigrantes indocumentados cerca del puerto.'], 'es'),
    ]);
    expect(terms).not.toContainEqual(expect.objectContaining({ outlet: 'Outlet B' }));
    expect(terms.filter((t) => t.scope === 'outlet')).toEqual([]);
  });

  it("framing: captions do not count as the outlet's wording", () => {
    const terms = framingTerms([
      article(1, 'Outlet A', ['Harbour arrests', SHARED, ...ALIENS], 'en', ['headline', 'body', ...ALIENS.map(() => 'caption')]),
      article(2, 'Outlet B', ['Harbour arrests', SHARED, ...UNDOCUMENTED]),
    ]);
    expect(outletTerms(terms, 'Outlet A')).toEqual([]);
  });

  it('framing: a headline word the body never uses surfaces for the headline; words the body repeats do not', () => {
    const terms = framingTerms([
      article(1, 'Outlet A', ['Chaos at the harbour as council budget collapses', SHARED, SHARED, 'The budget vote was postponed.']),
    ]);
    const headline = terms.filter((t) => t.scope === 'headline');
    expect(headline.map((t) => t.term).sort()).toEqual(['chaos', 'collapses']);
    expect(headline.every((t) => t.outlet === 'Outlet A' && t.count === 1 && t.zScore > 0)).toBe(true);
  });

  it('framing: the weighted log-odds and its z-score match a hand computation', () => {
    // y_i = 4 of n_i = 10, y_j = 1 of n_j = 20, α0 = 3, the term is 5 of 30 overall: α_w = 0.5.
    // δ = ln(4.5 / 8.5) − ln(1.5 / 21.5) = ln(96.75 / 12.75) = 2.02660; var = 1/4.5 + 1/1.5 = 0.88889.
    const { delta, z } = weightedLogOdds(4, 10, 1, 20, 0.5, 3);
    expect(delta).toBeCloseTo(2.0266, 4);
    expect(z).toBeCloseTo(2.0266 / Math.sqrt(0.88889), 4);
    expect(z).toBeCloseTo(2.1495, 4);
  });
});

describe('framing: function-like words', () => {
  const REPEATED_FILLER = Array.from({ length: 6 }, (_, i) => `The delegation was going back to the press room last night, item ${i}.`);
  it('framing: words any story uses ("going", "last", "press") are not listed, however often one outlet uses them', () => {
    const terms = framingTerms(
      [
        article(1, 'Outlet A', ['Harbour arrests', SHARED, ...ALIENS, ...REPEATED_FILLER]),
        article(2, 'Outlet B', ['Harbour arrests', SHARED, ...UNDOCUMENTED]),
        // A lower bar than the default, so that the filler words would pass it on their counts.
      ],
      { minZ: 1 },
    );
    const listed = outletTerms(terms, 'Outlet A');
    expect(listed).toContain('illegal aliens');
    // A phrase with one such word keeps it: the other word carries the meaning.
    expect(listed).toContain('press room');
    for (const word of ['going', 'last', 'press', 'back', 'night']) expect(listed).not.toContain(word);
  });

  it('framing: a phrase is listed before a single word of similar weight, and a word used twice is not listed', () => {
    const terms = framingTerms([
      article(1, 'Outlet A', ['Harbour arrests', SHARED, ...ALIENS, 'Critics saw a crackdown.', 'Another crackdown followed.']),
      article(2, 'Outlet B', ['Harbour arrests', SHARED, ...UNDOCUMENTED]),
    ]);
    const listed = outletTerms(terms, 'Outlet A');
    expect(listed[0]).toContain(' ');
    expect(listed).not.toContain('crackdown');
  });
});
