// Greedy average-linkage agglomeration over scored pairs, at most one item per article.
// Single linkage (join whenever one pair is close) chains different facts together
// through a sentence that touches both; here two groups join only when the pair that
// proposes it clears the bar, no pair across them is vetoed (a date gate, an editor's
// split) and their members are, on average, as alike as the bar asks.

/** The score of a pair across two groups, or false when the pair must never share a group. */
export type LinkCheck = (a: number, b: number) => number | false;

export interface AgglomerateInput {
  /** Pairs joined first (an editor's merge), subject only to one item per article. */
  mustLink: [number, number][];
  /** Candidate pairs, best first. */
  pairs: { a: number; b: number; score: number }[];
  articleOf: (item: number) => number;
  link: LinkCheck;
  minimumAverage: number;
}

export interface AgglomeratedGroup {
  members: number[];
  /** Per member: its best link inside the group (1 for a single). */
  best: number[];
}

/** Cross pairs examined per side when averaging two large groups: keeps a 1,000-article story linear. */
const SAMPLE = 12;

const sample = (items: number[]) =>
  items.length <= SAMPLE ? items : Array.from({ length: SAMPLE }, (_, i) => items[Math.floor((i * items.length) / SAMPLE)]);

export function agglomerate(count: number, input: AgglomerateInput): AgglomeratedGroup[] {
  const groupOf = Array.from({ length: count }, (_, index) => index);
  const groups = new Map<number, { members: number[]; articles: Set<number> }>();
  for (let index = 0; index < count; index++) groups.set(index, { members: [index], articles: new Set([input.articleOf(index)]) });
  const best = new Array<number>(count).fill(0);
  // Groups only grow, so two groups refused once (an article in both, a veto, too far apart
  // on average) are refused again: remembering it keeps a story of 1,000 articles linear.
  const refused = new Set<string>();

  const merge = (a: number, b: number, score: number, checked: boolean) => {
    if (groupOf[a] === groupOf[b]) return;
    const [keep, drop] =
      groups.get(groupOf[a])!.members.length >= groups.get(groupOf[b])!.members.length
        ? [groupOf[a], groupOf[b]]
        : [groupOf[b], groupOf[a]];
    const left = groups.get(keep)!;
    const right = groups.get(drop)!;
    const pairKey = keep < drop ? `${keep}:${drop}` : `${drop}:${keep}`;
    if (refused.has(pairKey)) return;
    const refuse = () => void refused.add(pairKey);
    const [small, large] = left.articles.size <= right.articles.size ? [left.articles, right.articles] : [right.articles, left.articles];
    for (const article of small) if (large.has(article)) return refuse();
    if (checked) {
      let total = 0;
      let n = 0;
      for (const x of sample(left.members)) {
        for (const y of sample(right.members)) {
          const s = input.link(x, y);
          if (s === false) return refuse();
          total += s;
          n++;
        }
      }
      if (total / n < input.minimumAverage) return refuse();
    }
    for (const m of right.members) groupOf[m] = keep;
    left.members.push(...right.members);
    for (const article of right.articles) left.articles.add(article);
    groups.delete(drop);
    best[a] = Math.max(best[a], score);
    best[b] = Math.max(best[b], score);
  };

  for (const [a, b] of input.mustLink) merge(a, b, Math.max(0, input.link(a, b) || 0), false);
  for (const { a, b, score } of input.pairs) merge(a, b, score, true);
  return [...groups.values()].map(({ members }) => {
    const sorted = [...members].sort((x, y) => x - y);
    return { members: sorted, best: sorted.map((m) => (sorted.length === 1 ? 1 : best[m])) };
  });
}
