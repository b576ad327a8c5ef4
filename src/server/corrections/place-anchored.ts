// Editors' notes and rejected divergences point at a row or an event by its key, but keys are
// derived from labels and members, which change when an article joins or a row is split or
// merged. So each one also keeps its anchors: the stable keys (article file @ offset) of the
// claims, quotations or source sentences it was written on. After every re-analysis it is
// placed again on the target that holds most of those anchors
// (docs/decisions/009-stable-anchors-for-notes.md). One that no target holds is detached:
// listed for editors, never silently dropped.

export interface AnchorTarget {
  key: string;
  anchors: readonly string[];
}

export interface Anchored {
  /** The target's key when the note or correction was made. */
  targetKey: string;
  /** Its anchors then; empty for rows written before anchors were kept. */
  anchors: readonly string[];
}

/** An index of targets by anchor, built once per story and reused for every note. */
export class AnchorIndex {
  private readonly byAnchor = new Map<string, AnchorTarget[]>();
  private readonly byKey = new Map<string, AnchorTarget>();

  constructor(targets: readonly AnchorTarget[]) {
    for (const target of targets) {
      this.byKey.set(target.key, target);
      for (const anchor of new Set(target.anchors)) this.byAnchor.set(anchor, [...(this.byAnchor.get(anchor) ?? []), target]);
    }
  }

  /**
   * The key of the target that holds most of the anchors (ties: the same key as before, then
   * the target with the fewest other anchors, then the key's order), or the old key when no
   * anchor is held but that key still exists (an article replaced by a new version), else null.
   */
  place(item: Anchored): string | null {
    const shared = new Map<AnchorTarget, number>();
    for (const anchor of new Set(item.anchors)) {
      for (const target of this.byAnchor.get(anchor) ?? []) shared.set(target, (shared.get(target) ?? 0) + 1);
    }
    let best: { target: AnchorTarget; count: number } | null = null;
    for (const [target, count] of shared) {
      if (!best || better(target, count, best.target, best.count, item.targetKey)) best = { target, count };
    }
    if (best) return best.target.key;
    return this.byKey.has(item.targetKey) ? item.targetKey : null;
  }
}

function better(a: AnchorTarget, countA: number, b: AnchorTarget, countB: number, oldKey: string): boolean {
  if (countA !== countB) return countA > countB;
  if ((a.key === oldKey) !== (b.key === oldKey)) return a.key === oldKey;
  if (a.anchors.length !== b.anchors.length) return a.anchors.length < b.anchors.length;
  return a.key < b.key;
}
