// The order distinctive terms are listed in: by z-score, a phrase's raised by a quarter, so
// that a phrase (a choice of wording) comes before a single word of similar weight. Shared
// by the analysis, which keeps each outlet's top terms, and the pages that list them.
export const PHRASE_BOOST = 1.25;

export const framingRank = (term: string, zScore: number): number => (term.trim().includes(' ') ? zScore * PHRASE_BOOST : zScore);
