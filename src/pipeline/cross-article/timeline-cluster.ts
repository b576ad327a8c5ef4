// Clustering helpers of the timeline: which claims the alignment put together, and the
// clustering of one date's statements into events.
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
