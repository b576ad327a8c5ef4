// The side-by-side comparison's data types: columns, rows, cells, divergences as they hold
// between the chosen outlets, and the folded single-outlet lists.
import type { EvidenceItem } from '@/components/ui/evidence-details';
import type { RowCounts } from '@/lib/row-counts';
import type { DivergenceKind, GroupStatus, OutletDto } from '@/server/data/stories/get-story-analysis';

/** The `kind` filter: one divergence kind, any divergence, or rows shared by two or more outlets. */
export type CompareFilter = DivergenceKind | 'diverged' | 'shared';

export interface WordDiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface TextSegment {
  text: string;
  /** A figure that differs between the chosen outlets. */
  mark?: boolean;
}

export interface CompareColumn {
  slug: string;
  name: string;
  articles: { id: number; headline: string; publishedAt: string }[];
}

export interface CompareCellMember {
  memberId: number;
  articleId: number;
  sentenceId: number | null;
  text: string;
  segments: TextSegment[];
  /** Who the outlet says spoke (quote rows). */
  speaker: string | null;
  href: string;
}

export interface CompareCell {
  outletSlug: string;
  outletName: string;
  /** Empty: the outlet did not report this claim. */
  members: CompareCellMember[];
}

export interface CompareDivergence {
  id: number;
  kind: DivergenceKind;
  detail: string;
  score: number;
  /** The analysis' detail also names outlets outside the selection. */
  involvesOthers: boolean;
  /** Wording: each chosen rendering against a chosen reference rendering. */
  diffs: { outletName: string; againstName: string; parts: WordDiffPart[]; fragment: boolean }[];
  /** Number: the differing figures of the chosen outlets. */
  figures: { outletName: string; text: string }[][];
  /** Attribution: the speaker each chosen outlet gives. */
  speakers: { outletName: string; speaker: string }[];
  /** Omission: chosen outlets that leave it out. */
  omittedBy: string[];
}

export interface CompareRow {
  groupId: number;
  key: string;
  kind: 'fact' | 'quote';
  status: GroupStatus;
  label: string;
  score: number;
  cells: CompareCell[];
  /** Chosen outlets that report it, in column order. */
  reportedBy: string[];
  /** The one chosen outlet reporting it (name), when only one does. */
  uniqueTo: string | null;
  /** "Only in A" (every outlet compared), "Only in A, not B" (a pair), "Only in A of these 3". */
  uniqueLabel: string | null;
  /** Outlets outside the selection that also report a shared row (never set on a unique row). */
  alsoReportedBy: string[];
  divergences: CompareDivergence[];
  /** The "Why?" sentences: loaded on demand, present only when the page renders them itself (no JavaScript). */
  evidence?: EvidenceItem[];
}

/** A claim only one chosen outlet reports, in that outlet's folded list. */
export interface OnlyInItem {
  groupId: number;
  key: string;
  kind: 'fact' | 'quote';
  members: { memberId: number; text: string; speaker: string | null; href: string }[];
}

/** "Only in <outlet> (n)": one chosen outlet's single-outlet claims, folded. */
export interface OnlyInList {
  outletSlug: string;
  outletName: string;
  heading: string;
  items: OnlyInItem[];
}

/** `rows`: every claim is a row of its own; `folded` (the default): single-outlet claims are folded per outlet. */
export type CompareLayout = 'folded' | 'rows';

export interface FilterOption {
  value: CompareFilter | null;
  label: string;
  count: number;
  href: string;
  current: boolean;
}

export interface CompareView {
  columns: CompareColumn[];
  /** Rows after the filter (and the fold). */
  rows: CompareRow[];
  /** The folded single-outlet claims, per chosen outlet in column order (empty unless folded). */
  onlyIn: OnlyInList[];
  layout: CompareLayout;
  filter: CompareFilter | null;
  counts: { all: number; shared: number; unique: number; diverged: number; kinds: Record<DivergenceKind, number>; rows: RowCounts };
  filters: FilterOption[];
  /** One-click links to compare each pair of the story's outlets. */
  pairs: { outlets: [string, string]; label: string; href: string; current: boolean }[];
}

export type OutletChoice =
  | { ok: true; outlets: OutletDto[]; defaulted: boolean }
  | { ok: false; reason: 'unknown'; unknown: string[] }
  | { ok: false; reason: 'too-few'; outlets: OutletDto[] };
