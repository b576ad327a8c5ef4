// Synthetic stories for the cross-article benchmark, built from the seed articles'
// analysed claims and quotes: each synthetic article reports a random selection of the
// seed facts in reworded sentences (a few words dropped, a few filler words added), so
// that alignment has real work to do and copies are not verbatim (no single giant family).
import type { StoryArticle, StoryInput } from '@/pipeline/cross-article/types';

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same stories. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function reword(text: string, next: () => number): string {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const word of words) {
    if (next() < 0.12) continue;
    out.push(word);
    if (next() < 0.12) out.push(`filler${Math.floor(next() * 50_000)}`);
  }
  return out.join(' ');
}

/** A story of `size` articles, each carrying `claimsPerArticle` reworded seed claims and some quotes. */
export function syntheticStory(seed: StoryInput, size: number, claimsPerArticle = 30): StoryInput {
  const next = random(size);
  const claims = seed.articles.flatMap((article) => article.claims.map((claim) => ({ claim, article })));
  const quotes = seed.articles.flatMap((article) => article.quotes);
  let claimId = 0;
  let quoteId = 0;
  const articles: StoryArticle[] = [];
  for (let index = 0; index < size; index++) {
    const id = index + 1;
    const source = seed.articles[index % seed.articles.length];
    const chosen = Array.from({ length: claimsPerArticle }, () => claims[Math.floor(next() * claims.length)]);
    let text = '';
    const sentences: StoryArticle['sentences'] = [];
    const articleClaims: StoryArticle['claims'] = [];
    chosen.forEach(({ claim }, sentenceIndex) => {
      const sentence = reword(claim.text, next);
      const start = text.length;
      text += `${sentence}\n\n`;
      sentences.push({ start, end: start + sentence.length, paragraphIndex: sentenceIndex });
      articleClaims.push({ ...claim, id: ++claimId, articleId: id, sentenceIndex, start, end: start + sentence.length, text: sentence });
    });
    const articleQuotes = Array.from({ length: 4 }, () => quotes[Math.floor(next() * quotes.length)]).map((quote, q) => {
      const words = reword(quote.text, next);
      const start = text.length;
      text += `“${words}”\n\n`;
      sentences.push({ start, end: start + words.length + 2, paragraphIndex: sentences.length });
      return {
        ...quote,
        id: ++quoteId,
        articleId: id,
        sentenceIndex: chosen.length + q,
        start: start + 1,
        end: start + 1 + words.length,
        text: words,
      };
    });
    articles.push({
      id,
      outlet: `Outlet ${index % 97}`,
      publishedOn: source.publishedOn,
      headline: source.headline,
      text,
      language: 'en',
      paragraphs: sentences.map(({ start, end }) => ({ start, end, kind: 'body' as const })),
      sentences,
      claims: articleClaims,
      quotes: articleQuotes,
    });
  }
  return { articles, people: seed.people };
}
