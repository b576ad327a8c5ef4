// Topical similarity of dated statements, for deciding whether two of them describe one
// event. TF-IDF cosine over content terms with people as canonical tokens, the IDF taken
// over every claim of the story, so words the whole story repeats weigh little.
import { contentTerms } from './content-terms';
import { documentFrequencies, type Vector, weightedVector } from './tfidf';
import type { StoryClaim } from './types';

/**
 * Terms of a stretch of a claim. The date expressions are cut out first: two statements
 * sharing "on Sunday" share a date, which is already known, not a topic.
 */
export function mentionTerms(claim: StoryClaim, from = claim.start, to = claim.end): string[] {
  let text = '';
  let cursor = from;
  for (const date of [...claim.dates].sort((a, b) => a.start - b.start)) {
    if (date.end <= from || date.start >= to) continue;
    text += `${claim.text.slice(cursor - claim.start, Math.max(cursor, date.start) - claim.start)} `;
    cursor = Math.max(cursor, date.end);
  }
  text += claim.text.slice(cursor - claim.start, to - claim.start);
  return [...contentTerms(text), ...claim.personKeys.map((key) => `@${key}`)];
}

/** Vectors weighed by the story's document frequencies, so words the whole story repeats weigh little. */
export class StoryVectoriser {
  private readonly df: Map<string, number>;
  private readonly documents: number;

  constructor(claims: StoryClaim[]) {
    this.documents = claims.length;
    this.df = documentFrequencies(claims.map((claim) => mentionTerms(claim)));
  }

  vector(terms: string[]): Vector {
    return weightedVector(terms, this.df, this.documents);
  }
}
