// The side-by-side comparison as data: which outlets are compared, one row per claim group
// reported by at least one of them, one cell per outlet, which rows are shared or unique,
// and which divergences hold between the chosen outlets. Pure: no React, no database.

import { diffWords } from 'diff';
import { z } from 'zod';
import type { EvidenceItem } from '@/components/ui/evidence-details';
import { evidenceInOutletOrder } from '@/components/ui/member-evidence';
import { articleHref, compareHref } from '@/lib/links';
import { countRows, type RowCounts } from '@/lib/row-counts';
import type {
  ClaimGroupDto,
  DivergenceDto,
  DivergenceKind,
  GroupStatus,
  OutletDto,
  StoryAnalysisDto,
} from '@/server/data/stories/get-story-analysis';

export const DIVERGENCE_KINDS: DivergenceKind[] = ['number', 'wording', 'attribution', 'date', 'omission'];

/** The `kind` filter: one divergence kind, any divergence, or rows shared by two or more outlets. */
export type CompareFilter = DivergenceKind | 'diverged' | 'shared';
export const compareFilterParam = z.enum(['diverged', 'shared', ...DIVERGENCE_KINDS]).optional();

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
  /** Outlets outside the selection that also report it. */
  alsoReportedBy: string[];
  divergences: CompareDivergence[];
  evidence: EvidenceItem[];
}

export interface FilterOption {
  value: CompareFilter | null;
  label: string;
  count: number;
  href: string;
  current: boolean;
}

export interface CompareView {
  columns: CompareColumn[];
  /** Rows after the filter. */
  rows: CompareRow[];
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

/** The outlets to compare: those requested in order (duplicates dropped), or all of the story's. */
export function chooseOutlets(storyOutlets: OutletDto[], requested: string[] | undefined): OutletChoice {
  if (!requested || requested.length === 0) {
    return storyOutlets.length >= 2
      ? { ok: true, outlets: storyOutlets, defaulted: true }
      : { ok: false, reason: 'too-few', outlets: storyOutlets };
  }
  const bySlug = new Map(storyOutlets.map((outlet) => [outlet.slug, outlet]));
  const slugs = [...new Set(requested)];
  const unknown = slugs.filter((slug) => !bySlug.has(slug));
  if (unknown.length > 0) return { ok: false, reason: 'unknown', unknown };
  const outlets = slugs.map((slug) => bySlug.get(slug)!);
  return outlets.length >= 2 ? { ok: true, outlets, defaulted: false } : { ok: false, reason: 'too-few', outlets };
}

/** `outlets` may arrive once (comma-separated) or repeated (a GET form's checkboxes). */
export function joinRepeated(raw: string | string[] | undefined): string | undefined {
  if (Array.isArray(raw)) return raw.length > 0 ? raw.join(',') : undefined;
  return raw;
}

export function filterLabel(filter: CompareFilter | null): string {
  switch (filter) {
    case null:
      return 'All rows';
    case 'diverged':
      return 'Diverged only';
    case 'shared':
      return 'Shared only';
    default:
      return filter.charAt(0).toUpperCase() + filter.slice(1);
  }
}

/** Every pair of the story's outlets, in story order. */
export function outletPairs(slug: string, storyOutlets: OutletDto[], chosen: string[], filter: CompareFilter | null) {
  const pairs: CompareView['pairs'] = [];
  for (const [i, a] of storyOutlets.entries()) {
    for (const b of storyOutlets.slice(i + 1)) {
      pairs.push({
        outlets: [a.slug, b.slug],
        label: `${a.name} and ${b.name}`,
        href: compareHref(slug, { outlets: [a.slug, b.slug], kind: filter ?? undefined }),
        current: chosen.length === 2 && chosen.includes(a.slug) && chosen.includes(b.slug),
      });
    }
  }
  return pairs;
}

const normalise = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function numbersOf(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((item): item is number => typeof item === 'number') : [];
}

function recordsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null) : [];
}

/** Splits `text` so that each of `marks` (first occurrence) is its own marked segment. */
export function markSegments(text: string, marks: string[]): TextSegment[] {
  const ranges: [number, number][] = [];
  for (const mark of marks) {
    if (!mark) continue;
    const start = text.indexOf(mark);
    if (start < 0) continue;
    const end = start + mark.length;
    if (ranges.some(([a, b]) => start < b && end > a)) continue;
    ranges.push([start, end]);
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start) });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
  return segments;
}

interface Context {
  slug: string;
  outletOfArticle: Map<number, OutletDto>;
  chosen: Set<string>;
  columnIndex: Map<string, number>;
  speakerOfQuote: Map<number, string | null>;
}

/** The divergence as it holds between the chosen outlets, or null when it does not involve two of them. */
function divergenceForChoice(divergence: DivergenceDto, group: ClaimGroupDto, ctx: Context): CompareDivergence | null {
  const outletName = (articleId: number) => ctx.outletOfArticle.get(articleId)?.name ?? `Article ${articleId}`;
  const isChosen = (articleId: number) => ctx.chosen.has(ctx.outletOfArticle.get(articleId)?.slug ?? '');
  const base: CompareDivergence = {
    id: divergence.id,
    kind: divergence.kind,
    detail: divergence.detail,
    score: divergence.score,
    involvesOthers: divergence.articleIds.some((articleId) => !isChosen(articleId)),
    diffs: [],
    figures: [],
    speakers: [],
    omittedBy: [],
  };
  const data = divergence.data ?? {};
  const members = group.members.filter((member) => divergence.memberIds.length === 0 || divergence.memberIds.includes(member.id));
  const chosenMembers = members.filter((member) => isChosen(member.articleId));
  const chosenOutlets = new Set(chosenMembers.map((member) => ctx.outletOfArticle.get(member.articleId)!.slug));

  switch (divergence.kind) {
    case 'omission': {
      const omitted = numbersOf(data.omittedBy).filter(isChosen);
      const reported = (
        Array.isArray(data.reportedBy) ? numbersOf(data.reportedBy) : group.members.map((member) => member.articleId)
      ).filter(isChosen);
      if (omitted.length === 0 || reported.length === 0) return null;
      return { ...base, omittedBy: [...new Set(omitted.map(outletName))] };
    }
    case 'number': {
      const figures = recordsOf(data.figures)
        .map((figure) => ({ articles: numbersOf(figure.articles), texts: Array.isArray(figure.texts) ? figure.texts.map(String) : [] }))
        .filter((figure) => figure.articles.length >= 2 && figure.articles.every(isChosen));
      if (figures.length > 0) {
        return {
          ...base,
          figures: figures.map((figure) =>
            figure.articles.map((articleId, index) => ({ outletName: outletName(articleId), text: figure.texts[index] ?? '' })),
          ),
        };
      }
      return Array.isArray(data.figures) || chosenOutlets.size < 2 ? null : base;
    }
    case 'attribution': {
      const speakers = recordsOf(data.speakers)
        .filter((entry) => typeof entry.articleId === 'number' && isChosen(entry.articleId))
        .map((entry) => ({ outletName: outletName(entry.articleId as number), speaker: String(entry.speaker ?? 'unattributed') }));
      if (Array.isArray(data.speakers)) return new Set(speakers.map((entry) => entry.speaker)).size >= 2 ? { ...base, speakers } : null;
      return chosenOutlets.size >= 2 ? base : null;
    }
    case 'wording': {
      if (chosenOutlets.size < 2) return null;
      const anchorArticleId = typeof data.anchorArticleId === 'number' ? data.anchorArticleId : null;
      const variants = recordsOf(data.variants).filter((variant) => typeof variant.articleId === 'number' && Array.isArray(variant.parts));
      if (anchorArticleId !== null && isChosen(anchorArticleId)) {
        const diffs = variants
          .filter((variant) => isChosen(variant.articleId as number))
          .map((variant) => ({
            outletName: outletName(variant.articleId as number),
            againstName: outletName(anchorArticleId),
            parts: recordsOf(variant.parts).map((part) => ({
              value: String(part.value ?? ''),
              ...(part.added ? { added: true } : {}),
              ...(part.removed ? { removed: true } : {}),
            })),
            fragment: variant.fragment === true,
          }));
        return diffs.length > 0 ? { ...base, diffs } : null;
      }
      // The reference rendering is not among the chosen outlets: diff the chosen ones against the first column's.
      const ordered = [...chosenMembers].sort((a, b) => columnOf(a.articleId, ctx) - columnOf(b.articleId, ctx));
      const reference = ordered[0];
      const diffs = ordered
        .slice(1)
        .filter((member) => normalise(member.text) !== normalise(reference.text))
        .map((member) => ({
          outletName: outletName(member.articleId),
          againstName: outletName(reference.articleId),
          parts: diffWords(reference.text, member.text).map(({ value, added, removed }) => ({
            value,
            ...(added ? { added: true } : {}),
            ...(removed ? { removed: true } : {}),
          })),
          fragment: false,
        }));
      return diffs.length > 0 ? { ...base, diffs } : null;
    }
    default: {
      const pairs = recordsOf(data.dates).map((entry) => numbersOf(entry.articles));
      if (pairs.length > 0) return pairs.some((articles) => articles.length >= 2 && articles.every(isChosen)) ? base : null;
      return chosenOutlets.size >= 2 ? base : null;
    }
  }
}

function columnOf(articleId: number, ctx: Context): number {
  return ctx.columnIndex.get(ctx.outletOfArticle.get(articleId)?.slug ?? '') ?? Number.MAX_SAFE_INTEGER;
}

function figureMarks(divergences: CompareDivergence[], outletName: string): string[] {
  return divergences.flatMap((divergence) =>
    divergence.figures.flatMap((pair) => pair.filter((figure) => figure.outletName === outletName).map((figure) => figure.text)),
  );
}

function buildRow(group: ClaimGroupDto, columns: CompareColumn[], ctx: Context): CompareRow | null {
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
  const outside = [
    ...new Set(
      group.members
        .map((member) => ctx.outletOfArticle.get(member.articleId))
        .filter((outlet) => outlet && !ctx.chosen.has(outlet.slug))
        .map((outlet) => outlet!.name),
    ),
  ];
  const evidence = evidenceInOutletOrder(group.members, {
    columnOf: (articleId) => columnOf(articleId, ctx),
    outletName: (articleId) => ctx.outletOfArticle.get(articleId)?.name,
    slug: ctx.slug,
  });
  return {
    groupId: group.id,
    key: group.key,
    kind: group.kind,
    status: group.status,
    label: group.label,
    score: group.score,
    cells,
    reportedBy: reporting.map((cell) => cell.outletSlug),
    uniqueTo: reporting.length === 1 ? reporting[0].outletName : null,
    alsoReportedBy: outside,
    divergences,
    evidence,
  };
}

/** Reading order: shared rows first (most outlets), then by the first reporting column and its sentence order. */
function rowOrder(a: CompareRow, b: CompareRow): number {
  const firstColumn = (row: CompareRow) => row.cells.findIndex((cell) => cell.members.length > 0);
  const firstSentence = (row: CompareRow) => row.cells[firstColumn(row)].members[0].sentenceId ?? Number.MAX_SAFE_INTEGER;
  return (
    b.reportedBy.length - a.reportedBy.length ||
    Number(b.divergences.length > 0) - Number(a.divergences.length > 0) ||
    firstColumn(a) - firstColumn(b) ||
    firstSentence(a) - firstSentence(b) ||
    a.groupId - b.groupId
  );
}

export function rowMatches(row: CompareRow, filter: CompareFilter | null): boolean {
  if (filter === null) return true;
  if (filter === 'shared') return row.reportedBy.length >= 2;
  // The same rows every page counts as diverged: confident rows whose outlets disagree (an omission alone is not).
  if (filter === 'diverged') return row.status === 'diverged';
  return row.divergences.some((divergence) => divergence.kind === filter);
}

export function buildCompareView(analysis: StoryAnalysisDto, outlets: OutletDto[], filter: CompareFilter | null): CompareView {
  const slug = analysis.story.slug;
  const columns: CompareColumn[] = outlets.map((outlet) => ({
    slug: outlet.slug,
    name: outlet.name,
    articles: analysis.articles
      .filter((article) => article.outlet.slug === outlet.slug)
      .map((article) => ({ id: article.id, headline: article.headline, publishedAt: article.publishedAt })),
  }));
  const people = new Map(analysis.people.map((person) => [person.id, person.name]));
  const ctx: Context = {
    slug,
    outletOfArticle: new Map(analysis.articles.map((article) => [article.id, article.outlet])),
    chosen: new Set(outlets.map((outlet) => outlet.slug)),
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
    rows: countRows(all),
  };
  const chosenSlugs = outlets.map((outlet) => outlet.slug);
  const outletsParamValue =
    chosenSlugs.length === analysis.outlets.length && chosenSlugs.every((s, i) => analysis.outlets[i]?.slug === s)
      ? undefined
      : chosenSlugs;
  const options: (CompareFilter | null)[] = [null, 'diverged', 'shared', ...DIVERGENCE_KINDS];
  const filters: FilterOption[] = options.map((value) => ({
    value,
    label: filterLabel(value),
    count: value === null ? counts.all : value === 'diverged' ? counts.diverged : value === 'shared' ? counts.shared : kinds[value],
    href: compareHref(slug, { outlets: outletsParamValue, kind: value ?? undefined }),
    current: value === filter,
  }));
  return {
    columns,
    rows: all.filter((row) => rowMatches(row, filter)),
    filter,
    counts,
    filters,
    pairs: outletPairs(slug, analysis.outlets, chosenSlugs, filter),
  };
}

// The analysis DTO is cached per story revision and reused between requests, so the view
// built from it can be too: keyed by the DTO object (dropped with it) and the choice.
const views = new WeakMap<StoryAnalysisDto, Map<string, CompareView>>();
const MAX_VIEWS_PER_STORY = 64;

export function cachedCompareView(analysis: StoryAnalysisDto, outlets: OutletDto[], filter: CompareFilter | null): CompareView {
  const key = `${outlets.map((outlet) => outlet.slug).join(',')}|${filter ?? ''}`;
  let byChoice = views.get(analysis);
  if (!byChoice) views.set(analysis, (byChoice = new Map()));
  const hit = byChoice.get(key);
  if (hit) return hit;
  const view = buildCompareView(analysis, outlets, filter);
  if (byChoice.size >= MAX_VIEWS_PER_STORY) byChoice.delete(byChoice.keys().next().value!);
  byChoice.set(key, view);
  return view;
}
