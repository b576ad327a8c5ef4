// Whether each outlet reports a claim group, reports it differently, or leaves it out: the
// cells of the coverage grid, shared by the CSV export and the print page.
import type { ClaimGroupDto, StoryAnalysisDto } from '../data/stories/get-story-analysis';

export type CoverageCell = 'reported' | 'reported differently' | 'possibly related' | 'not reported';

export function coverageCells(group: ClaimGroupDto, dto: Pick<StoryAnalysisDto, 'articles' | 'outlets'>): Map<string, CoverageCell> {
  const outletOf = new Map(dto.articles.map((article) => [article.id, article.outlet.slug]));
  const differing = new Set(
    group.divergences
      .filter((divergence) => divergence.kind !== 'omission')
      .flatMap((divergence) => {
        const ids = new Set(divergence.memberIds);
        return group.members.filter((member) => ids.has(member.id)).map((member) => outletOf.get(member.articleId));
      }),
  );
  const reporting = new Set(group.members.map((member) => outletOf.get(member.articleId)));
  return new Map(
    dto.outlets.map((outlet) => [
      outlet.slug,
      !reporting.has(outlet.slug)
        ? 'not reported'
        : group.status === 'possible'
          ? 'possibly related'
          : differing.has(outlet.slug) && group.status === 'diverged'
            ? 'reported differently'
            : 'reported',
    ]),
  );
}
