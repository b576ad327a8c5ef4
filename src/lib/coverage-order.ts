// The order of claim rows in the overview's grid, shared with the claims CSV so a spreadsheet
// opens on the same rows first: by default the claims most outlets report, then divergent
// ones, then the alignment's confidence, then the label alphabetically.
import type { DivergenceKind } from '@/server/data/stories/get-story-analysis';

export const coverageSorts = ['outlets', 'divergence', 'label'] as const;
export type CoverageSort = (typeof coverageSorts)[number];

/** What the order reads of a row. */
export interface CoverageOrderKey {
  groupId: number;
  status: string;
  label: string;
  score: number;
  /** Outlets whose cell is not "not reported". */
  outletCount: number;
  divergenceKinds: DivergenceKind[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
/** Labels compare without leading quotation marks and punctuation. */
const sortableLabel = (label: string) => label.replace(/^[^\p{L}\p{N}]+/u, '');

function divergenceRank(row: CoverageOrderKey): number {
  if (row.status === 'diverged' || row.divergenceKinds.some((kind) => kind !== 'omission')) return 0;
  if (row.divergenceKinds.length > 0) return 1;
  return 2;
}

const byLabel = (a: CoverageOrderKey, b: CoverageOrderKey) =>
  collator.compare(sortableLabel(a.label), sortableLabel(b.label)) || a.groupId - b.groupId;
const byOutlets = (a: CoverageOrderKey, b: CoverageOrderKey) => b.outletCount - a.outletCount;
const byDivergence = (a: CoverageOrderKey, b: CoverageOrderKey) =>
  divergenceRank(a) - divergenceRank(b) || b.divergenceKinds.length - a.divergenceKinds.length;

export function sortCoverageRows<Row extends CoverageOrderKey>(rows: readonly Row[], sort: CoverageSort = 'outlets'): Row[] {
  const compare =
    sort === 'label'
      ? byLabel
      : sort === 'divergence'
        ? (a: Row, b: Row) => byDivergence(a, b) || byOutlets(a, b) || b.score - a.score || byLabel(a, b)
        : (a: Row, b: Row) => byOutlets(a, b) || byDivergence(a, b) || b.score - a.score || byLabel(a, b);
  return [...rows].sort(compare);
}
