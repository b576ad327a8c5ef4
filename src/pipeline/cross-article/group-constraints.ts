// Editors' splits and merges of claim groups, as constraints on the alignment. A correction
// names claims (or quotations) by stable keys — the article's file and where the text
// starts — not by group keys or database ids, which change when the story is re-analysed.
// The aligners join must-link pairs before anything else and never join a cannot-link
// pair, so the divergence detectors then judge the groups as the editor shaped them.

export type MemberKind = 'fact' | 'quote';

export interface GroupCorrection {
  kind: 'merge' | 'split';
  memberKind: MemberKind;
  /** merge: the members of one row; split: the members moved out of their row. */
  keys: string[];
  /** merge: the members of the other row; split: the members left in the row. */
  otherKeys: string[];
}

export interface AlignConstraints {
  /** Pairs of input indexes that belong to one group, joined first, in this order. */
  mustLink: [number, number][];
  /** Pairs of input indexes that never share a group. */
  cannotLink: [number, number][];
}

export const NO_CONSTRAINTS: AlignConstraints = { mustLink: [], cannotLink: [] };

/** The stable key of a claim or a quotation: its article's source file and where its text starts. */
export const memberKey = (sourceFile: string, start: number) => `${sourceFile}@${start}`;

function indexesOf(keys: string[], byKey: Map<string, number[]>): number[] {
  return [...new Set(keys.flatMap((key) => byKey.get(key) ?? []))];
}

/**
 * The constraints that the corrections put on items with these keys. Corrections apply in
 * order and a later one wins over an earlier one about the same pair (a merge undone by a
 * split, or the reverse). Keys no longer in the story are ignored.
 */
export function resolveConstraints(corrections: GroupCorrection[], keys: string[]): AlignConstraints {
  if (corrections.length === 0) return NO_CONSTRAINTS;
  const byKey = new Map<string, number[]>();
  for (const [index, key] of keys.entries()) byKey.set(key, [...(byKey.get(key) ?? []), index]);
  // Insertion order is kept, so must-links are joined in the order the editors made them.
  const pairs = new Map<string, { pair: [number, number]; link: 'must' | 'cannot' }>();
  const set = (a: number, b: number, link: 'must' | 'cannot') => {
    if (a === b) return;
    const pair: [number, number] = a < b ? [a, b] : [b, a];
    const id = pair.join(':');
    pairs.delete(id);
    pairs.set(id, { pair, link });
  };
  for (const correction of corrections) {
    const moved = indexesOf(correction.keys, byKey);
    const others = indexesOf(correction.otherKeys, byKey);
    if (correction.kind === 'merge') {
      const all = [...new Set([...moved, ...others])];
      for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) set(all[i], all[j], 'must');
    } else {
      for (const x of moved) for (const r of others) set(x, r, 'cannot');
      // Members moved out together form a row of their own.
      for (let i = 0; i < moved.length; i++) for (let j = i + 1; j < moved.length; j++) set(moved[i], moved[j], 'must');
    }
  }
  const entries = [...pairs.values()];
  return {
    mustLink: entries.filter((entry) => entry.link === 'must').map((entry) => entry.pair),
    cannotLink: entries.filter((entry) => entry.link === 'cannot').map((entry) => entry.pair),
  };
}

/** For each constrained index, the indexes it may never share a group with. */
export function cannotLinkPartners(constraints: AlignConstraints): Map<number, number[]> {
  const partners = new Map<number, number[]>();
  for (const [a, b] of constraints.cannotLink) {
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }
  return partners;
}

/** Whether joining the group `right` to the group `leftId` would put a cannot-link pair together. */
export function violatesCannotLink(right: number[], leftId: number, groupOf: number[], partners: Map<number, number[]>): boolean {
  if (partners.size === 0) return false;
  return right.some((member) => partners.get(member)?.some((partner) => groupOf[partner] === leftId) ?? false);
}
