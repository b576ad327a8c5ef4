import { describe, expect, it } from 'vitest';
import { averageLinkage } from '@/pipeline/cross-article/average-linkage';
import { cosine, type Vector } from '@/pipeline/cross-article/tfidf';
import { sharedTermPairs } from '@/pipeline/cross-article/timeline-cluster';

/** The dense algorithm the sparse one replaced: the reference for equal results. */
function denseAverageLinkage(count: number, similarity: (a: number, b: number) => number, threshold: number): number[][] {
  const clusters: (number[] | null)[] = Array.from({ length: count }, (_, index) => [index]);
  const sim = Array.from({ length: count }, (_, a) => Array.from({ length: count }, (_, b) => (a === b ? 0 : similarity(a, b))));
  for (;;) {
    let best: [number, number] | null = null;
    for (let a = 0; a < count; a++) {
      if (!clusters[a]) continue;
      for (let b = a + 1; b < count; b++)
        if (clusters[b] && sim[a][b] >= threshold && (!best || sim[a][b] > sim[best[0]][best[1]])) best = [a, b];
    }
    if (!best) break;
    const [a, b] = best;
    const [sizeA, sizeB] = [clusters[a]!.length, clusters[b]!.length];
    for (let k = 0; k < count; k++) {
      if (!clusters[k] || k === a || k === b) continue;
      sim[a][k] = sim[k][a] = (sizeA * sim[a][k] + sizeB * sim[b][k]) / (sizeA + sizeB);
    }
    clusters[a]!.push(...clusters[b]!);
    clusters[b] = null;
  }
  return clusters.filter((cluster): cluster is number[] => cluster !== null);
}

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Normalised vectors over a small vocabulary: many overlapping, many disjoint. */
function randomVectors(count: number, seed: number): Vector[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const vector: Vector = new Map();
    for (let t = 0; t < 4; t++) vector.set(`t${Math.floor(next() * 30)}`, 0.2 + next());
    const norm = Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0));
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

describe('average linkage', () => {
  it.each([
    [2, 1],
    [12, 2],
    [60, 3],
    [150, 4],
  ])('average linkage: %i random items (seed %i) cluster as the dense algorithm did', (count, seed) => {
    const vectors = randomVectors(count, seed);
    const similarity = (a: number, b: number) => cosine(vectors[a], vectors[b]);
    for (const threshold of [0.15, 0.2, 0.5]) {
      expect(averageLinkage(count, similarity, threshold)).toEqual(denseAverageLinkage(count, similarity, threshold));
    }
  });

  it('average linkage: ties go to the lowest pair, whose lower index survives', () => {
    const same = () => 1;
    expect(averageLinkage(3, same, 0.2)).toEqual([[0, 1, 2]]);
    expect(averageLinkage(4, (a, b) => (a + b === 3 ? 0.9 : 0), 0.2)).toEqual([
      [0, 3],
      [1, 2],
    ]);
  });

  it('average linkage: listed pairs only, an unlisted pair counts as 0', () => {
    const similarity = () => 0.5;
    expect(averageLinkage(3, similarity, 0.2, [[0, 1]])).toEqual([[0, 1], [2]]);
    // Cluster {0,1} to 2: (0.5 + 0) / 2 = 0.25, above 0.2.
    expect(
      averageLinkage(3, similarity, 0.2, [
        [0, 1],
        [1, 2],
      ]),
    ).toEqual([[0, 1, 2]]);
  });

  it('average linkage: thousands of items with a sparse pair list finish quickly', () => {
    const vectors = randomVectors(6000, 7).map(
      (vector, index) => new Map([...vector].map(([term, weight]) => [`${term}-${index % 300}`, weight])),
    );
    const similarity = (a: number, b: number) => cosine(vectors[a], vectors[b]);
    const started = performance.now();
    const clusters = averageLinkage(vectors.length, similarity, 0.2, sharedTermPairs(vectors));
    expect(clusters.flat().sort((a, b) => a - b)).toEqual(vectors.map((_, index) => index));
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('shared term pairs: every pair for a few items, an index for many', () => {
    expect(sharedTermPairs(randomVectors(10, 1))).toBeUndefined();
    const many = Array.from(
      { length: 500 },
      (_, index) =>
        new Map([
          [`own${index}`, 1],
          [`pair${index >> 1}`, 1],
          ['everywhere', 1],
        ]),
    );
    const pairs = sharedTermPairs(many)!;
    expect(pairs).toHaveLength(250);
    expect(pairs).toContainEqual([0, 1]);
  });
});
