// The story's summary, shared by the overview's first screen and the PDF: the headlines
// side by side, what all or most outlets agree happened (the confident agreed rows that
// the most outlets carry, quoted as the outlets wrote them, never paraphrased), and the
// divergences ranked by importance, each with the two renderings and its compare row.
// Pure: no React, no database.
import type { EvidenceItem } from '@/components/ui/evidence-details';
import { memberEvidence } from '@/components/ui/member-evidence';
import { formatDay } from '@/lib/format';
import { articleHref, compareHref } from '@/lib/links';
import { safeHref } from '@/lib/safe-url';
import type { ClaimGroupDto, DivergenceKind, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';
import { listNames } from './outlets-view';
import { type Rendering, renderings } from './summary-renderings';

/** Conflicts of fact first (figures, who said it, when), then how a quote was worded, then what was left out. */
export const SUMMARY_KIND_ORDER: DivergenceKind[] = ['number', 'attribution', 'date', 'wording', 'omission'];

export interface SummaryHeadline {
  articleId: number;
  outlet: string;
  headline: string;
  publishedAt: string;
  /** "8 Jun 2021", with the time when the source gave one ("8 Jun 2021, 17:07 UTC"). */
  published: string;
  /** The annotated article in Parallax. */
  href: string;
  /** The original on the outlet's site, when its address is known and a web address. */
  url: string | null;
}

/**
 * One quiet line under the headlines for the originals whose address is not known (none of
 * the seed articles has one), instead of the same words on every card; null when all are known.
 */
export function unknownAddressesNote(headlines: readonly Pick<SummaryHeadline, 'outlet' | 'url'>[]): string | null {
  const unknown = headlines.filter((headline) => !headline.url);
  if (unknown.length === 0) return null;
  if (unknown.length === headlines.length) return 'The addresses of the original articles are not known.';
  return `The address of the original is not known for ${listNames([...new Set(unknown.map((headline) => headline.outlet))])}.`;
}

export interface AgreedFact {
  groupId: number;
  /** A quotation's text already carries its speaker and quotation marks. */
  kind: 'fact' | 'quote';
  /** The fact in one outlet's words. */
  text: string;
  /** Whose words they are. */
  wordsOf: string;
  outletCount: number;
  href: string;
}

export interface SummaryAgreement {
  outletTotal: number;
  /** False when even the most widely shared facts are carried by half the outlets or fewer. */
  majority: boolean;
  /** Facts by how many outlets carry them, most first. */
  tiers: { outletCount: number; facts: AgreedFact[] }[];
}

export type { Rendering };

export interface SummaryDivergence {
  id: number;
  groupId: number;
  kind: DivergenceKind;
  /** Every outlet involved, in story order. */
  outlets: string[];
  /** The two renderings set against each other (null when the analysis kept none: see `detail`). */
  renderings: [Rendering, Rendering] | null;
  /** Number divergences only: both figures can be true (a rounding or a bound). */
  compatible: boolean;
  /** What the row is about: its label. */
  subject: string;
  detail: string;
  score: number;
  /** The row on the compare page. */
  href: string;
  evidence: EvidenceItem[];
}

export interface StorySummary {
  headlines: SummaryHeadline[];
  agreement: SummaryAgreement | null;
  divergences: SummaryDivergence[];
  /** How many divergences of each kind there are in all (before any limit). */
  kindCounts: Record<DivergenceKind, number>;
  /** Omissions beyond the limit, not listed. */
  moreOmissions: number;
  moreOmissionsHref: string;
  /** Conflicts (number, attribution, date, wording) beyond the limit, not listed. */
  moreConflicts: number;
  moreConflictsHref: string;
}

type SummaryInput = Pick<StoryAnalysisDto, 'story' | 'outlets' | 'articles' | 'groups'>;

// Date-only publications are stored at noon UTC (see lib/format): only another time is a real one.
export function formatPublished(publishedAt: string): string {
  const date = new Date(publishedAt);
  if (Number.isNaN(date.getTime())) return publishedAt;
  const day = formatDay(date);
  if (date.getUTCHours() === 12 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0) return day;
  return `${day}, ${date.toISOString().slice(11, 16)} UTC`;
}

export const compareRowHref = (slug: string, groupId: number, kind?: DivergenceKind) => `${compareHref(slug, { kind })}#row-${groupId}`;

const FACTS_IN_AGREEMENT = 3;

function agreement(dto: SummaryInput, outletName: Map<number, string>): SummaryAgreement | null {
  const total = dto.outlets.length;
  if (total < 2) return null;
  // Only rows the alignment is sure of, with no divergence but perhaps an omission: a
  // possibly related row is never presented as agreement.
  const candidates = dto.groups
    .filter((group) => group.status === 'agreed')
    .map((group) => ({ group, outletCount: new Set(group.members.map((m) => outletName.get(m.articleId)).filter(Boolean)).size }))
    .filter(({ outletCount }) => outletCount >= 2)
    .sort(
      (a, b) =>
        b.outletCount - a.outletCount ||
        Number(a.group.kind === 'quote') - Number(b.group.kind === 'quote') ||
        b.group.score - a.group.score ||
        a.group.id - b.group.id,
    )
    .slice(0, FACTS_IN_AGREEMENT);
  if (candidates.length === 0) return null;
  // What most outlets agree on; when no row reaches a majority, only the widest rows, said as such.
  const majority = candidates[0].outletCount > total / 2;
  const kept = candidates.filter(({ outletCount }) => (majority ? outletCount > total / 2 : outletCount === candidates[0].outletCount));
  const tiers: SummaryAgreement['tiers'] = [];
  for (const { group, outletCount } of kept) {
    const fact: AgreedFact = {
      groupId: group.id,
      kind: group.kind,
      text: group.label,
      wordsOf: outletName.get(labelMember(group).articleId) ?? 'one outlet',
      outletCount,
      href: compareRowHref(dto.story.slug, group.id),
    };
    const tier = tiers.find((t) => t.outletCount === outletCount);
    if (tier) tier.facts.push(fact);
    else tiers.push({ outletCount, facts: [fact] });
  }
  return { outletTotal: total, majority, tiers };
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The member whose words the row's label quotes (a fact's central sentence, a quote's fullest rendering). */
function labelMember(group: ClaimGroupDto) {
  const label = flat(group.label).replace(/…$/, '');
  const quoted = /: “(.*)”?$/u.exec(label)?.[1]?.replace(/”$/, '');
  return (
    group.members.find((member) => flat(member.text).startsWith(label)) ??
    (quoted ? group.members.find((member) => flat(member.text).startsWith(quoted.trim())) : undefined) ??
    centralMember(group)
  );
}

/** The most central rendering. */
function centralMember(group: ClaimGroupDto) {
  return group.members.reduce((best, member) => (member.similarity > best.similarity ? member : best));
}

const SUBJECT_LENGTH = 90;

export function shorten(text: string, length: number): string {
  const flatText = flat(text);
  if (flatText.length <= length) return flatText;
  const cut = flatText.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.…]+$/, '')}…`;
}

export function buildStorySummary(dto: SummaryInput, options: { omissionLimit?: number; conflictLimit?: number } = {}): StorySummary {
  const slug = dto.story.slug;
  const outletName = new Map(dto.articles.map((article) => [article.id, article.outlet.name]));
  const outletOrder = new Map(dto.outlets.map((outlet, index) => [outlet.name, index]));
  const name = (articleId: number) => outletName.get(articleId);
  const ordered = (articleIds: number[]) =>
    [...new Set(articleIds.map(name).filter((n): n is string => n !== undefined))].sort(
      (a, b) => (outletOrder.get(a) ?? 0) - (outletOrder.get(b) ?? 0),
    );
  const names = (articleIds: number[]) => listNames(ordered(articleIds));

  const headlines: SummaryHeadline[] = dto.articles.map((article) => ({
    articleId: article.id,
    outlet: article.outlet.name,
    headline: article.headline,
    publishedAt: article.publishedAt,
    published: formatPublished(article.publishedAt),
    href: articleHref(slug, article.id),
    url: safeHref(article.url),
  }));

  const all: SummaryDivergence[] = [];
  for (const group of dto.groups) {
    // A possibly related row carries no verdict (and no divergence should hang on it).
    if (group.status === 'possible') continue;
    for (const divergence of group.divergences) {
      const involved =
        divergence.kind === 'omission' ? [...divergence.articleIds, ...group.members.map((m) => m.articleId)] : divergence.articleIds;
      const memberIds = new Set(divergence.memberIds);
      const evidenceMembers = group.members.filter((member) => divergence.kind === 'omission' || memberIds.has(member.id));
      all.push({
        id: divergence.id,
        groupId: group.id,
        kind: divergence.kind,
        outlets: ordered(involved),
        renderings: renderings(divergence, group, name, names),
        compatible: divergence.kind === 'number' && divergence.data?.compatible === true,
        subject: shorten(group.label, SUBJECT_LENGTH),
        detail: divergence.detail,
        score: divergence.score,
        href: compareRowHref(slug, group.id, divergence.kind),
        evidence: evidenceMembers.map((member) => memberEvidence(member, name(member.articleId), slug)),
      });
    }
  }
  all.sort(
    (a, b) =>
      SUMMARY_KIND_ORDER.indexOf(a.kind) - SUMMARY_KIND_ORDER.indexOf(b.kind) ||
      Number(a.compatible) - Number(b.compatible) ||
      b.score - a.score ||
      b.outlets.length - a.outlets.length ||
      a.id - b.id,
  );
  const kindCounts = Object.fromEntries(SUMMARY_KIND_ORDER.map((kind) => [kind, all.filter((d) => d.kind === kind).length])) as Record<
    DivergenceKind,
    number
  >;
  const omissionLimit = options.omissionLimit ?? Number.POSITIVE_INFINITY;
  const conflictLimit = options.conflictLimit ?? Number.POSITIVE_INFINITY;
  const omissions = all.filter((d) => d.kind === 'omission');
  const conflicts = all.filter((d) => d.kind !== 'omission');
  return {
    headlines,
    agreement: agreement(dto, outletName),
    divergences: [...conflicts.slice(0, conflictLimit), ...omissions.slice(0, omissionLimit)],
    kindCounts,
    moreOmissions: Math.max(0, omissions.length - omissionLimit),
    moreOmissionsHref: compareHref(slug, { kind: 'omission' }),
    moreConflicts: Math.max(0, conflicts.length - conflictLimit),
    moreConflictsHref: compareHref(slug, { kind: 'diverged' }),
  };
}
