import { framingRank } from '@/lib/framing-rank';
import { articleHref } from '@/lib/links';
import type { StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';

// The framing summary: per outlet, the words it uses distinctly more than the others, and
// what its headline stresses that its body does not.

export interface FramingTerm {
  term: string;
  zScore: number;
  count: number;
  /** "z 2.4", shown subtly next to the term. */
  zText: string;
}

export interface OutletFraming {
  outletSlug: string;
  outletName: string;
  /** The outlet's first article: where a term's context is without JavaScript. */
  articleHref: string | null;
  distinctive: FramingTerm[];
  headline: FramingTerm[];
}

export const FRAMING_METHOD =
  'Distinctive words come from weighted log-odds with an informative Dirichlet prior: each outlet’s word counts are set against what all the outlets together would predict, so a word stands out only when this outlet uses it clearly more than the others. The small z-score says how clear the difference is (about 2 or more is notable). Words any story uses (“going”, “last”, “press”) are left out and phrases come first; open a term to read the sentences that use it.';

export function buildFraming(
  dto: Pick<StoryAnalysisDto, 'outlets' | 'framing'> & Partial<Pick<StoryAnalysisDto, 'story' | 'articles'>>,
  options: { limit?: number } = {},
): OutletFraming[] {
  const limit = options.limit ?? 8;
  const toTerm = (term: StoryAnalysisDto['framing'][number]): FramingTerm => ({
    term: term.term,
    zScore: term.zScore,
    count: term.count,
    zText: `z ${term.zScore.toFixed(1)}`,
  });
  const pick = (slug: string, scope: 'outlet' | 'headline') =>
    dto.framing
      .filter((term) => term.outletSlug === slug && term.scope === scope)
      .sort((a, b) => framingRank(b.term, b.zScore) - framingRank(a.term, a.zScore) || a.term.localeCompare(b.term))
      .slice(0, limit)
      .map(toTerm);
  return dto.outlets.map((outlet) => ({
    outletSlug: outlet.slug,
    outletName: outlet.name,
    articleHref: (() => {
      const first = dto.articles?.find((article) => article.outlet.slug === outlet.slug);
      return first && dto.story ? articleHref(dto.story.slug, first.id) : null;
    })(),
    distinctive: pick(outlet.slug, 'outlet'),
    headline: pick(outlet.slug, 'headline'),
  }));
}
