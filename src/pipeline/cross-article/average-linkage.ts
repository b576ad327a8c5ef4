// Average-linkage agglomerative clustering over a sparse similarity graph. Two clusters can
// only reach a positive threshold on average if some pair between them is similar, so only
// the pairs with a positive similarity are kept (per cluster: neighbour → mean similarity),
// and the best pair comes from a heap instead of a scan of the full matrix: a large article
// with thousands of statements of one date clusters in O(E log E), not O(n³) time and O(n²) memory.
// The merge rule and its tie-break (highest similarity, then lowest indexes; the lower
// index survives) are those of the dense algorithm, so results are the same.

interface Entry {
  sim: number;
  a: number;
  b: number;
  versionA: number;
  versionB: number;
}

/** Binary max-heap on similarity, ties to the lower (a, b). */
class PairHeap {
  private readonly items: Entry[] = [];
  get size(): number {
    return this.items.length;
  }
  private above(x: Entry, y: Entry): boolean {
    return x.sim > y.sim || (x.sim === y.sim && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }
  push(entry: Entry): void {
    const items = this.items;
    items.push(entry);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }
  pop(): Entry | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let best = i;
        if (l < items.length && this.above(items[l], items[best])) best = l;
        if (r < items.length && this.above(items[r], items[best])) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best], items[i]];
        i = best;
      }
    }
    return top;
  }
}

/**
 * Clusters `count` items; `threshold` must be positive. `pairs` lists the pairs that may be similar (every pair when
 * omitted); a pair not listed counts as similarity 0. Returns clusters in order of their
 * lowest original index.
 */
export function averageLinkage(
  count: number,
  similarity: (a: number, b: number) => number,
  threshold: number,
  pairs?: Iterable<[number, number]>,
): number[][] {
  const clusters: (number[] | null)[] = Array.from({ length: count }, (_, index) => [index]);
  const neighbours: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  const version = new Array<number>(count).fill(0);
  const heap = new PairHeap();
  const offer = (x: number, y: number, sim: number) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    if (sim >= threshold) heap.push({ sim, a, b, versionA: version[a], versionB: version[b] });
  };
  // Both directions are kept as computed (a cosine may differ in the last bit with the
  // argument order), as the dense matrix did: the pick reads [low][high], the update reads rows.
  const link = (x: number, y: number) => {
    if (x === y || neighbours[x].has(y)) return;
    const [low, high] = x < y ? [x, y] : [y, x];
    const forward = similarity(low, high);
    const backward = similarity(high, low);
    if (!(forward > 0) && !(backward > 0)) return;
    neighbours[low].set(high, forward);
    neighbours[high].set(low, backward);
    offer(low, high, forward);
  };
  if (pairs) for (const [x, y] of pairs) link(x, y);
  else for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) link(a, b);

  while (heap.size > 0) {
    const entry = heap.pop()!;
    const { a, b } = entry;
    if (!clusters[a] || !clusters[b] || entry.versionA !== version[a] || entry.versionB !== version[b]) continue;
    const [sizeA, sizeB] = [clusters[a]!.length, clusters[b]!.length];
    const [na, nb] = [neighbours[a], neighbours[b]];
    na.delete(b);
    nb.delete(a);
    version[a]++;
    const merged = new Map<number, number>();
    for (const k of new Set([...na.keys(), ...nb.keys()])) {
      // The dense algorithm's update, with an absent pair as 0, so the floating-point values match it.
      const sim = (sizeA * (na.get(k) ?? 0) + sizeB * (nb.get(k) ?? 0)) / (sizeA + sizeB);
      merged.set(k, sim);
      neighbours[k].delete(b);
      neighbours[k].set(a, sim);
      offer(a, k, sim);
    }
    neighbours[a] = merged;
    neighbours[b] = new Map();
    clusters[a]!.push(...clusters[b]!);
    clusters[b] = null;
  }
  return clusters.filter((cluster): cluster is number[] => cluster !== null);
}
