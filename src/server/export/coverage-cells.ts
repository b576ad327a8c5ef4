// Each outlet's cell of a claim row in words, for the CSV export and the print page: the
// overview grid's verdicts (src/lib/coverage-cell.ts), never a second rule.
import { outletCells } from '@/lib/coverage-cell';
import type { ClaimGroupDto, StoryAnalysisDto } from '../data/stories/get-story-analysis';

export type CoverageCell = 'reported' | 'reported differently' | 'possibly related' | 'omitted' | 'not reported';

const WORDS = {
  reported: 'reported',
  different: 'reported differently',
  possible: 'possibly related',
  missing: 'not reported',
} as const;

export function coverageCells(group: ClaimGroupDto, dto: Pick<StoryAnalysisDto, 'articles' | 'outlets'>): Map<string, CoverageCell> {
  const outletOf = new Map(dto.articles.map((article) => [article.id, article.outlet.slug]));
  const cells = outletCells(
    group,
    dto.outlets.map((outlet) => outlet.slug),
    (articleId) => outletOf.get(articleId),
  );
  return new Map([...cells].map(([slug, cell]) => [slug, cell.omitted ? 'omitted' : WORDS[cell.state]]));
}
