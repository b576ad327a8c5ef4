// A story's analysis narrowed to some of its outlets, for exports: their articles, the
// groups they report (with only their members), and the divergences that still involve
// two of them. Statuses follow what is left.
import { listNames } from '@/pipeline/text/list-names';
import type { ClaimGroupDto, DivergenceDto, StoryAnalysisDto } from '../data/stories/get-story-analysis';

function keptDivergence(
  divergence: DivergenceDto,
  members: ClaimGroupDto['members'],
  articleIds: Set<number>,
  outletOf: Map<number, string>,
): DivergenceDto | null {
  const involved = divergence.articleIds.filter((id) => articleIds.has(id));
  if (divergence.kind === 'omission') {
    const omittedBy = ((divergence.data.omittedBy as number[] | undefined) ?? []).filter((id) => articleIds.has(id));
    const reporters = involved.filter((id) => !omittedBy.includes(id));
    if (omittedBy.length === 0 || reporters.length < 1) return null;
    // The stored detail names every outlet of the story; say it again for the chosen ones.
    const names = (ids: number[]) => listNames([...new Set(ids.map((id) => outletOf.get(id) ?? ''))]);
    const detail = `Not reported by ${names(omittedBy)}; reported by ${names(reporters)}.`;
    const memberIds = new Set(members.map((member) => member.id));
    return {
      ...divergence,
      detail,
      articleIds: involved,
      memberIds: divergence.memberIds.filter((id) => memberIds.has(id)),
      data: { ...divergence.data, omittedBy },
    };
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
  const outletOf = new Map(articles.map((article) => [article.id, article.outlet.name]));
  const groups = dto.groups.flatMap((group) => {
    const members = group.members.filter((member) => articleIds.has(member.articleId));
    if (members.length === 0) return [];
    const divergences = group.divergences.flatMap((divergence) => keptDivergence(divergence, members, articleIds, outletOf) ?? []);
    const families = new Set(members.map((member) => familyOf.get(member.articleId)));
    // A row that is only possibly one fact stays so for any choice of outlets: no verdict is made up for it.
    const status =
      families.size < 2
        ? 'single'
        : group.status === 'possible'
          ? 'possible'
          : divergences.some((d) => d.kind !== 'omission')
            ? 'diverged'
            : 'agreed';
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
      if (sources.length === 0) return [];
      // The stored note weighs every outlet of the story; for a selection it is said again.
      const reporting = [...new Set(sources.map((source) => outletOf.get(source.articleId) ?? ''))];
      const silent = [
        ...new Set(
          articles
            .filter((a) => a.publishedAt.slice(0, event.date.length) >= event.date && !reporting.includes(a.outlet.name))
            .map((a) => a.outlet.name),
        ),
      ];
      const note = `Reported by ${listNames(reporting)}${silent.length > 0 ? `; not mentioned by ${listNames(silent)}` : ''}.`;
      return [{ ...event, sources, note }];
    }),
    framing: dto.framing.filter((term) => chosen.has(term.outletSlug)),
    mentionCounts: dto.mentionCounts.filter((row) => articleIds.has(row.articleId)),
  };
}
