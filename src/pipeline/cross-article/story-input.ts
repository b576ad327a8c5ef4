// Builds the cross-article stages' input straight from per-article documents (what the
// importer persists), for callers that have not gone through the database: benchmarks,
// tests, previews. Ids are assigned here in order.

import type { Quote } from '../quotes/model';
import type { Claim } from '../stages/claims';
import type { Person } from '../stages/people';
import type { ArticleDoc } from '../types';
import { resolveStoryPeople } from './resolve-people';
import type { StoryArticle, StoryInput } from './types';

export interface DocWithSource {
  outlet: string;
  /** YYYY-MM-DD */
  publishedOn: string;
  doc: ArticleDoc;
}

export function storyInputFromDocs(items: DocWithSource[]): StoryInput {
  let claimId = 0;
  let quoteId = 0;
  const people = new Map<string, string>();
  const articleCounts = new Map<string, number>();
  for (const { doc } of items) {
    for (const person of (doc.people as Person[] | undefined) ?? []) {
      if (!people.has(person.key)) people.set(person.key, person.name);
      articleCounts.set(person.key, (articleCounts.get(person.key) ?? 0) + 1);
    }
  }
  // The same people as the importer keeps after merging shorter forms of a name (services/analyse/merge-story-people.ts).
  const merged = resolveStoryPeople([...articleCounts].map(([key, articles]) => ({ key, articles })));
  const personKey = (key: string) => merged.get(key) ?? key;
  const articles: StoryArticle[] = items.map(({ outlet, publishedOn, doc }, index) => {
    const paragraphs = doc.paragraphs ?? [];
    const sentences = doc.sentences ?? [];
    const quotes = (doc.quotes as Quote[] | undefined) ?? [];
    const speakers = (doc.quoteSpeakers as (string | null)[] | undefined) ?? [];
    return {
      id: index + 1,
      sourceFile: doc.input.sourceFile,
      outlet,
      publishedOn,
      headline: doc.headline ?? '',
      text: doc.text ?? '',
      language: doc.language ?? 'en',
      paragraphs: paragraphs.map(({ start, end, kind }) => ({ start, end, kind })),
      sentences: sentences.map(({ start, end, paragraphIndex }) => ({ start, end, paragraphIndex })),
      claims: ((doc.claims as Claim[] | undefined) ?? []).map((claim) => ({
        id: ++claimId,
        articleId: index + 1,
        sentenceIndex: claim.sentenceIndex,
        start: claim.start,
        end: claim.end,
        text: claim.text,
        paragraphKind: claim.paragraphKind,
        quantities: claim.quantities,
        dates: claim.dates,
        personKeys: [...new Set(claim.personKeys.map(personKey))],
      })),
      quotes: quotes.flatMap((quote, q) =>
        quote.isQuotation
          ? [
              {
                id: ++quoteId,
                articleId: index + 1,
                sentenceIndex: quote.sentenceIndex,
                start: quote.start,
                end: quote.end,
                text: quote.text,
                speakerKey: speakers[q] ? personKey(speakers[q]) : null,
                speakerLabel: quote.speakerLabel,
                verb: quote.verb,
                kind: quote.kind,
              },
            ]
          : [],
      ),
    };
  });
  return { articles, people: [...people].filter(([key]) => !merged.has(key)).map(([key, name]) => ({ key, name })) };
}
