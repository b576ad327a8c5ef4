import { z } from 'zod';
import type { EvidenceItem } from '@/components/ui/evidence-details';
import { evidenceInOutletOrder } from '@/components/ui/member-evidence';
import { type CellState, outletCells } from '@/lib/coverage-cell';
import { type CoverageSort, coverageSorts, sortCoverageRows } from '@/lib/coverage-order';
import { storyHref } from '@/lib/links';
import { countRows, type RowCounts } from '@/lib/row-counts';
import type { ClaimGroupDto, DivergenceKind, GroupStatus, OutletDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';

// The coverage grid: claim groups (facts and quotes) × outlets. Each cell says whether the
// outlet reported the claim, reported it differently (and how), or did not report it.

export { type CoverageSort, coverageSorts };

/** `sort=outlets|divergence|label`; absent → outlets. */
export const coverageSortParam = z
  .enum(coverageSorts, { error: 'use outlets (the default), divergence or label' })
  .optional()
  .transform((value): CoverageSort => value ?? 'outlets');
/** `show=all` includes the claims only one source reported. */
export const coverageShowParam = z.enum(['all'], { error: 'use all, or leave it out' }).optional();

export interface CoverageCell {
  outletSlug: string;
  state: CellState;
  /** For a cell reported differently: the kinds of divergence the outlet is part of. */
  kinds: DivergenceKind[];
  /** A missing cell the analysis flags as an omission (most independent sources report it). */
  omitted: boolean;
  /** Full text for screen readers and tooltips, e.g. "Reported differently: number". */
  text: string;
}

export interface CoverageRow {
  groupId: number;
  key: string;
  kind: 'fact' | 'quote';
  status: GroupStatus;
  label: string;
  score: number;
  outletCount: number;
  divergenceKinds: DivergenceKind[];
  cells: CoverageCell[];
  evidence: EvidenceItem[];
}

export interface CoverageView {
  columns: OutletDto[];
  rows: CoverageRow[];
  sort: CoverageSort;
  showAll: boolean;
  /** Claim groups hidden because one outlet alone reports them (0 with show=all). */
  hiddenCount: number;
  /** Every row by status, counted as on every page. */
  counts: RowCounts;
  totalCount: number;
  sortLinks: Record<CoverageSort, string>;
  toggleShowHref: string;
}

export const sortDescriptions: Record<CoverageSort, string> = {
  outlets: 'by how many outlets report each claim',
  divergence: 'divergent claims first',
  label: 'alphabetically',
};

export function coverageHref(slug: string, options: { sort?: CoverageSort; showAll?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (options.sort) params.set('sort', options.sort);
  if (options.showAll) params.set('show', 'all');
  const query = params.toString();
  return `${storyHref(slug)}${query ? `?${query}` : ''}#coverage`;
}

const kindLabel: Record<DivergenceKind, string> = {
  number: 'number',
  wording: 'wording',
  attribution: 'attribution',
  date: 'date',
  omission: 'omission',
};

function buildRow(group: ClaimGroupDto, outlets: OutletDto[], outletOfArticle: Map<number, OutletDto>, slug: string): CoverageRow {
  const states = outletCells(
    group,
    outlets.map((outlet) => outlet.slug),
    (articleId) => outletOfArticle.get(articleId)?.slug,
  );
  const cells = outlets.map((outlet): CoverageCell => {
    const { state, kinds, omitted } = states.get(outlet.slug)!;
    const text =
      state === 'missing'
        ? omitted
          ? 'Not reported (flagged as an omission)'
          : 'Not reported'
        : state === 'possible'
          ? 'Possibly the same fact (not confirmed)'
          : state === 'different'
            ? `Reported differently: ${kinds.map((kind) => kindLabel[kind]).join(', ')}`
            : 'Reported';
    return { outletSlug: outlet.slug, state, kinds, omitted, text };
  });
  const outletIndex = new Map(outlets.map((outlet, index) => [outlet.slug, index]));
  const evidence = evidenceInOutletOrder(group.members, {
    columnOf: (articleId) => outletIndex.get(outletOfArticle.get(articleId)?.slug ?? '') ?? 0,
    outletName: (articleId) => outletOfArticle.get(articleId)?.name,
    slug,
  });
  return {
    groupId: group.id,
    key: group.key,
    kind: group.kind,
    status: group.status,
    label: group.label,
    score: group.score,
    outletCount: cells.filter((cell) => cell.state !== 'missing').length,
    divergenceKinds: [...new Set(group.divergences.map((divergence) => divergence.kind))],
    cells,
    evidence,
  };
}

export function sortRows(rows: CoverageRow[], sort: CoverageSort): CoverageRow[] {
  return sortCoverageRows(rows, sort);
}

export function buildCoverage(
  dto: Pick<StoryAnalysisDto, 'story' | 'outlets' | 'articles' | 'groups'>,
  options: { sort: CoverageSort; showAll: boolean },
): CoverageView {
  const outletOfArticle = new Map(dto.articles.map((article) => [article.id, article.outlet]));
  const all = dto.groups.map((group) => buildRow(group, dto.outlets, outletOfArticle, dto.story.slug));
  const shown = options.showAll ? all : all.filter((row) => row.outletCount >= 2);
  const slug = dto.story.slug;
  return {
    columns: dto.outlets,
    rows: sortRows(shown, options.sort),
    sort: options.sort,
    showAll: options.showAll,
    hiddenCount: all.length - shown.length,
    counts: countRows(all),
    totalCount: all.length,
    sortLinks: {
      outlets: coverageHref(slug, { sort: 'outlets', showAll: options.showAll }),
      divergence: coverageHref(slug, { sort: 'divergence', showAll: options.showAll }),
      label: coverageHref(slug, { sort: 'label', showAll: options.showAll }),
    },
    toggleShowHref: coverageHref(slug, { sort: options.sort === 'outlets' ? undefined : options.sort, showAll: !options.showAll }),
  };
}
