// A story's analysis narrowed to some of its outlets, for exports: their articles, the
// groups they report (with only their members), and the divergences that still involve
// two of them. Statuses follow what is left.
import type { ClaimGroupDto, DivergenceDto, StoryAnalysisDto } from '../data/stories/get-story-analysis';

function keptDivergence(divergence: DivergenceDto, members: ClaimGroupDto['members'], articleIds: Set<number>): DivergenceDto | null {
  const involved = divergence.articleIds.filter((id) => articleIds.has(id));
  if (divergence.kind === 'omission') {
    const omittedBy = ((divergence.data.omittedBy as number[] | undefined) ?? []).filter((id) => articleIds.has(id));
    if (omittedBy.length === 0 || involved.length - omittedBy.length < 1) return null;
  } else if (involved.length < 2) {
    return null;
  }
  const memberIds = new Set(members.map((member) => member.id));
  return { ...divergence, articleIds: involved, memberIds: divergence.memberIds.filter((id) => memberIds.has(id)) };
}

export function selectOutlets(dto: StoryAnalysisDto, outletSlugs?: string[]): StoryAnalysisDto {
  if (!outletSlugs || outletSlugs.length === 0) return dto;
  const chosen = new Set(outletSlugs);
  const articles = dto.articles.filter((article) => chosen.has(article.outlet.slug));
  const articleIds = new Set(articles.map((article) => article.id));
  const familyOf = new Map(articles.map((article) => [article.id, article.familyKey ?? `article-${article.id}`]));
  const groups = dto.groups.flatMap((group) => {
    const members = group.members.filter((member) => articleIds.has(member.articleId));
    if (members.length === 0) return [];
    const divergences = group.divergences.flatMap((divergence) => keptDivergence(divergence, members, articleIds) ?? []);
    const families = new Set(members.map((member) => familyOf.get(member.articleId)));
    const status = families.size < 2 ? 'single' : divergences.some((d) => d.kind !== 'omission') ? 'diverged' : 'agreed';
    return [{ ...group, members, divergences, status } as ClaimGroupDto];
  });
  return {
    ...dto,
    outlets: dto.outlets.filter((outlet) => chosen.has(outlet.slug)),
    articles,
    quotes: dto.quotes.filter((quote) => articleIds.has(quote.articleId)),
    groups,
    events: dto.events.flatMap((event) => {
      const sources = event.sources.filter((source) => articleIds.has(source.articleId));
      return sources.length > 0 ? [{ ...event, sources }] : [];
    }),
    framing: dto.framing.filter((term) => chosen.has(term.outletSlug)),
    mentionCounts: dto.mentionCounts.filter((row) => articleIds.has(row.articleId)),
  };
}
