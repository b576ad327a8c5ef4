// The side-by-side comparison as data: which outlets are compared, one row per claim group
// reported by at least one of them, one cell per outlet, which rows are shared or unique,
// and which divergences hold between the chosen outlets. By default the claims only one
// chosen outlet reports (and that diverge from nothing) are folded into one list per outlet
// instead of a row padded with empty cells each. Pure: no React, no database.

import { evidenceInOutletOrder } from '@/components/ui/member-evidence';
import { articleHref, compareHref } from '@/lib/links';
import { countRows } from '@/lib/row-counts';
import type { ClaimGroupDto, DivergenceKind, OutletDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';
import { DIVERGENCE_KINDS, filterLabel, outletPairs } from './compare-choice';
import { type Context, columnOf, divergenceForChoice, figureMarks, markSegments } from './compare-divergences';
import type {
  CompareCell,
  CompareColumn,
  CompareDivergence,
  CompareFilter,
  CompareLayout,
  CompareRow,
  CompareView,
  FilterOption,
  OnlyInList,
} from './compare-types';

export * from './compare-choice';
export { markSegments } from './compare-divergences';
export * from './compare-types';

/** What a claim one chosen outlet reports is called: "only in" always means only among the outlets compared. */
export function uniqueLabel(outletName: string, columns: { name: string }[], wholeStory: boolean): string {
  if (wholeStory) return `Only in ${outletName}`;
  const others = columns.filter((column) => column.name !== outletName);
  if (others.length === 1) return `Only in ${outletName}, not ${others[0].name}`;
  return `Only in ${outletName} of these ${columns.length}`;
}

function buildRow(group: ClaimGroupDto, columns: CompareColumn[], ctx: Context & { wholeStory: boolean }): CompareRow | null {
  const cellsMembers = columns.map((column) =>
    group.members.filter((member) => ctx.outletOfArticle.get(member.articleId)?.slug === column.slug),
  );
  if (cellsMembers.every((members) => members.length === 0)) return null;
  const divergences = group.divergences
    .map((divergence) => divergenceForChoice(divergence, group, ctx))
    .filter((divergence): divergence is CompareDivergence => divergence !== null);
  const cells: CompareCell[] = columns.map((column, index) => ({
    outletSlug: column.slug,
    outletName: column.name,
    members: cellsMembers[index]
      .slice()
      .sort((a, b) => (a.sentenceId ?? 0) - (b.sentenceId ?? 0))
      .map((member) => ({
        memberId: member.id,
        articleId: member.articleId,
        sentenceId: member.sentenceId,
        text: member.text,
        segments: markSegments(member.text, figureMarks(divergences, column.name)),
        speaker: member.quoteId !== null ? (ctx.speakerOfQuote.get(member.quoteId) ?? null) : null,
        href: articleHref(ctx.slug, member.articleId, member.sentenceId),
      })),
  }));
  const reporting = cells.filter((cell) => cell.members.length > 0);
  const uniqueTo = reporting.length === 1 ? reporting[0].outletName : null;
  const outside =
    uniqueTo !== null
      ? []
      : [
          ...new Set(
            group.members
              .map((member) => ctx.outletOfArticle.get(member.articleId))
              .filter((outlet) => outlet && !ctx.chosen.has(outlet.slug))
              .map((outlet) => outlet!.name),
          ),
        ];
  return {
    groupId: group.id,
    key: group.key,
    kind: group.kind,
    status: group.status,
    label: group.label,
    score: group.score,
    cells,
    reportedBy: reporting.map((cell) => cell.outletSlug),
    uniqueTo,
    uniqueLabel: uniqueTo === null ? null : uniqueLabel(uniqueTo, columns, ctx.wholeStory),
    alsoReportedBy: outside,
    divergences,
  };
}

/** The rows that matter first: diverged, then shared with confidence (most outlets first), then possibly related, then single. */
function rank(row: CompareRow): number {
  if (row.divergences.length > 0 || row.status === 'diverged') return 0;
  if (row.reportedBy.length >= 2) return row.status === 'possible' ? 2 : 1;
  return 3;
}

/** Reading order: by rank, then most outlets, then by the first reporting column and its sentence order. */
function rowOrder(a: CompareRow, b: CompareRow): number {
  const firstColumn = (row: CompareRow) => row.cells.findIndex((cell) => cell.members.length > 0);
  const firstSentence = (row: CompareRow) => row.cells[firstColumn(row)].members[0].sentenceId ?? Number.MAX_SAFE_INTEGER;
  return (
    rank(a) - rank(b) ||
    b.reportedBy.length - a.reportedBy.length ||
    firstColumn(a) - firstColumn(b) ||
    firstSentence(a) - firstSentence(b) ||
    a.groupId - b.groupId
  );
}

export function rowMatches(row: CompareRow, filter: CompareFilter | null): boolean {
  if (filter === null) return true;
  if (filter === 'shared') return row.reportedBy.length >= 2;
  // The same rows every page counts as diverged: confident rows whose outlets disagree (an omission alone is not),
  // here between two of the chosen outlets.
  if (filter === 'diverged') return row.status === 'diverged' && row.reportedBy.length >= 2;
  return row.divergences.some((divergence) => divergence.kind === filter);
}

/** A row that is folded into its outlet's "Only in" list: one chosen outlet reports it and it diverges from nothing. */
export const isFoldable = (row: CompareRow) => row.uniqueTo !== null && row.divergences.length === 0;

function foldSingles(rows: CompareRow[], columns: CompareColumn[], wholeStory: boolean): OnlyInList[] {
  return columns
    .map((column, index) => {
      const items = rows
        .filter((row) => isFoldable(row) && row.reportedBy[0] === column.slug)
        .map((row) => ({
          groupId: row.groupId,
          key: row.key,
          kind: row.kind,
          members: row.cells[index].members.map(({ memberId, text, speaker, href }) => ({ memberId, text, speaker, href })),
        }));
      return { outletSlug: column.slug, outletName: column.name, heading: uniqueLabel(column.name, columns, wholeStory), items };
    })
    .filter((list) => list.items.length > 0);
}

export function buildCompareView(
  analysis: StoryAnalysisDto,
  outlets: OutletDto[],
  filter: CompareFilter | null,
  layout: CompareLayout = 'folded',
): CompareView {
  const slug = analysis.story.slug;
  const columns: CompareColumn[] = outlets.map((outlet) => ({
    slug: outlet.slug,
    name: outlet.name,
    articles: analysis.articles
      .filter((article) => article.outlet.slug === outlet.slug)
      .map((article) => ({ id: article.id, headline: article.headline, publishedAt: article.publishedAt })),
  }));
  const people = new Map(analysis.people.map((person) => [person.id, person.name]));
  const chosenSlugs = outlets.map((outlet) => outlet.slug);
  const wholeStory = analysis.outlets.every((outlet) => chosenSlugs.includes(outlet.slug));
  const ctx = {
    slug,
    wholeStory,
    outletOfArticle: new Map(analysis.articles.map((article) => [article.id, article.outlet])),
    chosen: new Set(chosenSlugs),
    columnIndex: new Map(outlets.map((outlet, index) => [outlet.slug, index])),
    speakerOfQuote: new Map(
      analysis.quotes.map((quote) => [
        quote.id,
        (quote.speakerId !== null ? people.get(quote.speakerId) : undefined) ?? quote.speakerLabel ?? null,
      ]),
    ),
  };
  const all = analysis.groups.map((group) => buildRow(group, columns, ctx)).filter((row): row is CompareRow => row !== null);
  all.sort(rowOrder);
  const kinds = Object.fromEntries(DIVERGENCE_KINDS.map((kind) => [kind, all.filter((row) => rowMatches(row, kind)).length])) as Record<
    DivergenceKind,
    number
  >;
  const counts = {
    all: all.length,
    shared: all.filter((row) => rowMatches(row, 'shared')).length,
    unique: all.filter((row) => row.uniqueTo !== null).length,
    diverged: all.filter((row) => rowMatches(row, 'diverged')).length,
    kinds,
    // Among the chosen outlets: a row only one of them reports is single, whatever the others say.
    rows: countRows(all.map((row) => ({ status: row.reportedBy.length >= 2 ? row.status : ('single' as const) }))),
  };
  const outletsParamValue =
    chosenSlugs.length === analysis.outlets.length && chosenSlugs.every((s, i) => analysis.outlets[i]?.slug === s)
      ? undefined
      : chosenSlugs;
  const options: (CompareFilter | null)[] = [null, 'diverged', 'shared', ...DIVERGENCE_KINDS];
  const filters: FilterOption[] = options.map((value) => ({
    value,
    label: filterLabel(value),
    count: value === null ? counts.all : value === 'diverged' ? counts.diverged : value === 'shared' ? counts.shared : kinds[value],
    href: compareHref(slug, { outlets: outletsParamValue, kind: value ?? undefined, layout: value === null ? layout : undefined }),
    current: value === filter,
  }));
  const matching = all.filter((row) => rowMatches(row, filter));
  const folded = layout === 'folded' && filter === null;
  return {
    columns,
    rows: folded ? matching.filter((row) => !isFoldable(row)) : matching,
    onlyIn: folded ? foldSingles(matching, columns, wholeStory) : [],
    layout: folded ? 'folded' : 'rows',
    filter,
    counts,
    filters,
    pairs: outletPairs(slug, analysis.outlets, chosenSlugs, filter),
  };
}

/** The "Why?" sentences of one row, in the chosen outlets' column order (the rest after). */
export function rowEvidence(analysis: StoryAnalysisDto, group: ClaimGroupDto, outlets: OutletDto[]) {
  const outletOfArticle = new Map(analysis.articles.map((article) => [article.id, article.outlet]));
  const ctx = { outletOfArticle, columnIndex: new Map(outlets.map((outlet, index) => [outlet.slug, index])) } as Context;
  return evidenceInOutletOrder(group.members, {
    columnOf: (articleId) => columnOf(articleId, ctx),
    outletName: (articleId) => outletOfArticle.get(articleId)?.name,
    slug: analysis.story.slug,
  });
}

// The analysis DTO is cached per story revision and reused between requests, so the view
// built from it can be too: keyed by the DTO object (dropped with it) and the choice.
const views = new WeakMap<StoryAnalysisDto, Map<string, CompareView>>();
const MAX_VIEWS_PER_STORY = 64;

export function cachedCompareView(
  analysis: StoryAnalysisDto,
  outlets: OutletDto[],
  filter: CompareFilter | null,
  layout: CompareLayout = 'folded',
): CompareView {
  const key = `${outlets.map((outlet) => outlet.slug).join(',')}|${filter ?? ''}|${layout}`;
  let byChoice = views.get(analysis);
  if (!byChoice) views.set(analysis, (byChoice = new Map()));
  const hit = byChoice.get(key);
  if (hit) return hit;
  const view = buildCompareView(analysis, outlets, filter, layout);
  if (byChoice.size >= MAX_VIEWS_PER_STORY) byChoice.delete(byChoice.keys().next().value!);
  byChoice.set(key, view);
  return view;
}
