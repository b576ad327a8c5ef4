// TF-IDF vectors and candidate pairs shared by the claim and quote alignment. Candidate
// pairs come from an inverted index over discriminative terms, so the cost grows with the
// number of items that share rare words, not with all pairs of items.

export type Vector = Map<string, number>;

export interface Vectors {
  vectors: Vector[];
  df: Map<string, number>;
}

export function documentFrequencies(termLists: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of termLists) for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

/** A length-normalised, sublinear-TF, smoothed-IDF vector of one term list. */
export function weightedVector(terms: string[], df: Map<string, number>, documents: number): Vector {
  const vector: Vector = new Map();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
  let norm = 0;
  for (const [term, tf] of vector) {
    const weight = Math.max(0, (1 + Math.log(tf)) * Math.log((documents + 1) / ((df.get(term) ?? 0) + 0.5)));
    vector.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

export function vectorise(termLists: string[][]): Vectors {
  const df = documentFrequencies(termLists);
  return { vectors: termLists.map((terms) => weightedVector(terms, df, termLists.length)), df };
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

export interface CandidateOptions {
  /** Terms in more than this share of the items are too common to propose a pair. */
  maxShare: number;
  /** Never fewer than this many items per term, so small inputs work. */
  minDf?: number;
  /** Each item is indexed under its this-many rarest terms only. */
  termsPerItem?: number;
  /** In a term's posting list, an item is paired with the next this-many items only. */
  window?: number;
}

/**
 * Pairs of items from different groups (articles) that share a discriminative term. Each
 * item is indexed under its rarest terms, and within a posting list an item is paired
 * with its next `window` neighbours only: the copies of one fact in a thousand articles
 * are linked as a chain (which is all the grouping needs), not as a million pairs. So the
 * number of pairs grows linearly with the number of items.
 */
export function candidatePairs(
  { vectors, df }: Vectors,
  groupOf: (index: number) => number,
  options: CandidateOptions,
): [number, number][] {
  const maxDf = Math.max(options.minDf ?? 2, Math.ceil(options.maxShare * vectors.length));
  const termsPerItem = options.termsPerItem ?? 100;
  const window = options.window ?? 8;
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, index) => {
    const terms = [...vector.keys()].filter((term) => (df.get(term) ?? 0) <= maxDf);
    terms.sort((x, y) => df.get(x)! - df.get(y)! || (x < y ? -1 : 1));
    for (const term of terms.slice(0, termsPerItem)) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of postings.values()) {
    // nextOther[j]: the first position after j whose group differs from j's, so a run of one
    // article's items is jumped over, not scanned (one long article would make that quadratic).
    const nextOther = new Int32Array(list.length).fill(list.length);
    for (let j = list.length - 2; j >= 0; j--) nextOther[j] = groupOf(list[j + 1]) !== groupOf(list[j]) ? j + 1 : nextOther[j + 1];
    for (let i = 0; i < list.length; i++) {
      for (
        let j = nextOther[i], paired = 0;
        j < list.length && paired < window;
        j = j + 1 < list.length && groupOf(list[j + 1]) === groupOf(list[i]) ? nextOther[j + 1] : j + 1
      ) {
        const a = list[i];
        const b = list[j];
        if (groupOf(a) === groupOf(b)) continue;
        paired++;
        const key = a * vectors.length + b;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/** Up to this many items every cross-group pair is scored; above it, pairs come from the term index. */
export const ALL_PAIRS_LIMIT = 3000;

/**
 * Every pair of items from different groups (articles) when there are few enough to score
 * them all (a story of a few thousand sentences): no pair is lost for sharing only words
 * that are common in the story. Above the limit, candidatePairs' blocking.
 */
export function pairsToScore(
  vectors: Vectors,
  groupOf: (index: number) => number,
  options: CandidateOptions & { allPairsUpTo?: number },
): [number, number][] {
  const count = vectors.vectors.length;
  if (count > (options.allPairsUpTo ?? ALL_PAIRS_LIMIT)) return candidatePairs(vectors, groupOf, options);
  const pairs: [number, number][] = [];
  for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) if (groupOf(a) !== groupOf(b)) pairs.push([a, b]);
  return pairs;
}
