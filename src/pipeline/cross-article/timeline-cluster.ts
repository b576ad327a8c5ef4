// Clustering helpers of the timeline: which claims the alignment put together, and the
// clustering of one date's statements into events.
import type { Vector } from './tfidf';
import type { GroupDraft, StoryInput } from './types';

export { averageLinkage } from './average-linkage';

/**
 * Claim id → the confident groups (two or more members) it belongs to. Quote-group members
 * are mapped to the claim of the sentence that carries the quote: the same words quoted by
 * two outlets were said at one event. A possible group is only a guess the reader is asked
 * to check: it binds nothing here, or an unrelated sentence would be cited as the event's
 * source (a weak match joins an undated sentence to a dated one, or two happenings of one
 * day into one event).
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
    if (group.members.length < 2 || group.status === 'possible') return;
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
 * Pairs of items whose vectors share a term, for the sparse clustering: every pair when
 * there are few items (the exact input of the dense algorithm); otherwise from an inverted
 * index, leaving out terms carried by more than `maxPosting` items (such terms weigh little
 * and would pair everything with everything).
 */
export function sharedTermPairs(vectors: Vector[], { allPairsUpTo = 400, maxPosting = 64 } = {}): [number, number][] | undefined {
  if (vectors.length <= allPairsUpTo) return undefined;
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, index) => {
    for (const term of vector.keys()) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of postings.values()) {
    if (list.length > maxPosting) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = list[i] * vectors.length + list[j];
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([list[i], list[j]]);
      }
    }
  }
  return pairs;
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
