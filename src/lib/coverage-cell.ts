// What each outlet's cell of a claim row says: reported, reported differently (and how),
// possibly the same fact, omitted, or not reported. One rule for every place that shows it
// (the overview's grid, the PDF, the CSV), so a reader never sees two verdicts for one cell.
import type { ClaimGroupDto, DivergenceDto, DivergenceKind } from '@/server/data/stories/get-story-analysis';

export type CellState = 'reported' | 'different' | 'possible' | 'missing';

export interface OutletCell {
  state: CellState;
  /** For a cell reported differently: the kinds of divergence the outlet is part of. */
  kinds: DivergenceKind[];
  /** A missing cell the analysis flags as an omission (most independent sources report it). */
  omitted: boolean;
}

/**
 * The articles a divergence marks as reporting differently. A wording divergence names its
 * variants: the renderings that differ from the fullest one, which is not itself "different".
 */
export function differingArticleIds(divergence: Pick<DivergenceDto, 'kind' | 'data' | 'articleIds'>): number[] {
  if (divergence.kind === 'omission') return [];
  if (divergence.kind === 'wording' && Array.isArray(divergence.data.variants)) {
    const ids = (divergence.data.variants as { articleId?: unknown }[])
      .map((variant) => variant.articleId)
      .filter((id): id is number => typeof id === 'number');
    if (ids.length > 0) return ids;
  }
  return divergence.articleIds;
}

/** The articles an omission divergence says leave the fact out. */
export function omittedArticleIds(divergence: Pick<DivergenceDto, 'kind' | 'data'>): number[] {
  if (divergence.kind !== 'omission') return [];
  const omitted = divergence.data.omittedBy;
  return Array.isArray(omitted) ? omitted.filter((id): id is number => typeof id === 'number') : [];
}

/** The cell of each outlet (by slug) for one row; `outletOf` gives an article's outlet slug. */
export function outletCells(
  group: Pick<ClaimGroupDto, 'status' | 'members' | 'divergences'>,
  outletSlugs: readonly string[],
  outletOf: (articleId: number) => string | undefined,
): Map<string, OutletCell> {
  const reporting = new Set(group.members.map((member) => outletOf(member.articleId)));
  return new Map(
    outletSlugs.map((slug): [string, OutletCell] => {
      const inOutlet = (articleId: number) => outletOf(articleId) === slug;
      if (!reporting.has(slug)) {
        const omitted = group.status !== 'possible' && group.divergences.some((divergence) => omittedArticleIds(divergence).some(inOutlet));
        return [slug, { state: 'missing', kinds: [], omitted }];
      }
      // A possibly related row carries no verdict: nothing in it is "different".
      if (group.status === 'possible') return [slug, { state: 'possible', kinds: [], omitted: false }];
      const kinds = [
        ...new Set(
          group.divergences.filter((divergence) => differingArticleIds(divergence).some(inOutlet)).map((divergence) => divergence.kind),
        ),
      ];
      return [slug, { state: kinds.length > 0 ? 'different' : 'reported', kinds, omitted: false }];
    }),
  );
}
