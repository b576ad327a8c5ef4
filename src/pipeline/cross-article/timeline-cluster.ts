// Clustering helpers of the timeline: which claims the alignment put together, and the
// clustering of one date's statements into events.
import type { Vector } from './tfidf';
import type { GroupDraft, StoryInput } from './types';

/**
 * Claim id → the groups (with two or more members) it belongs to. Quote-group members are
 * mapped to the claim of the sentence that carries the quote: the same words quoted by two
 * outlets were said at one event.
 */
export function groupsByClaim(input: StoryInput, groups: GroupDraft[]): Map<number, number[]> {
  const claimAt = new Map<string, number>();
  const quoteSentence = new Map<number, string>();
  for (const article of input.articles) {
    for (const claim of article.claims) claimAt.set(`${article.id}:${claim.sentenceIndex}`, claim.id);
    for (const quote of article.quotes) quoteSentence.set(quote.id, `${article.id}:${quote.sentenceIndex}`);
  }
  const byClaim = new Map<number, number[]>();
  groups.forEach((group, groupIndex) => {
    if (group.members.length < 2) return;
    for (const member of group.members) {
      const claimId = member.claimId ?? (member.quoteId === undefined ? undefined : claimAt.get(quoteSentence.get(member.quoteId) ?? ''));
      if (claimId === undefined) continue;
      const list = byClaim.get(claimId);
      if (!list) byClaim.set(claimId, [groupIndex]);
      else if (!list.includes(groupIndex)) list.push(groupIndex);
    }
  });
  return byClaim;
}

export function shareGroup(byClaim: Map<number, number[]>, a: number, b: number): boolean {
  const left = byClaim.get(a);
  const right = byClaim.get(b);
  return !!left && !!right && left.some((group) => right.includes(group));
}

/**
 * Average-linkage agglomerative clustering: repeatedly merge the two clusters whose mean
 * pairwise similarity is highest, while it reaches the threshold. Unlike connected
 * components it does not chain three different happenings of one day together through
 * one loosely related sentence each.
 */
export function averageLinkage(count: number, similarity: (a: number, b: number) => number, threshold: number): number[][] {
  const clusters: (number[] | null)[] = Array.from({ length: count }, (_, index) => [index]);
  const sim: number[][] = Array.from({ length: count }, (_, a) => Array.from({ length: count }, (_, b) => (a === b ? 0 : similarity(a, b))));
  for (;;) {
    let best: [number, number] | null = null;
    for (let a = 0; a < count; a++) {
      if (!clusters[a]) continue;
      for (let b = a + 1; b < count; b++) {
        if (clusters[b] && sim[a][b] >= threshold && (!best || sim[a][b] > sim[best[0]][best[1]])) best = [a, b];
      }
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

/** The normalised sum of vectors: one vector standing for a set of statements. */
export function centroid(vectors: Vector[]): Vector {
  const sum: Vector = new Map();
  for (const vector of vectors) for (const [term, weight] of vector) sum.set(term, (sum.get(term) ?? 0) + weight);
  const norm = Math.sqrt([...sum.values()].reduce((total, weight) => total + weight * weight, 0)) || 1;
  for (const [term, weight] of sum) sum.set(term, weight / norm);
  return sum;
}

/**
 * Statements the alignment grouped are one unit before any clustering (union-find over
 * shared groups): a fact carried by a thousand articles is one unit, not a thousand
 * statements to compare with each other.
 */
export function unitsByGroup(items: number[], groupsOf: (item: number) => number[]): number[][] {
  const parent = items.map((_, index) => index);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  const firstOfGroup = new Map<number, number>();
  items.forEach((item, index) => {
    for (const group of groupsOf(item)) {
      const first = firstOfGroup.get(group);
      if (first === undefined) firstOfGroup.set(group, index);
      else parent[find(index)] = find(first);
    }
  });
  const units = new Map<number, number[]>();
  items.forEach((item, index) => {
    const root = find(index);
    const unit = units.get(root);
    if (unit) unit.push(item);
    else units.set(root, [item]);
  });
  return [...units.values()];
}
