import type { EvidenceItem } from '@/components/ui/evidence-details';
import { memberEvidence } from '@/components/ui/member-evidence';
import type { WordDiffPart } from '@/components/ui/word-diff';
import type { DivergenceKind, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';
import { omittedArticleIds } from './coverage-view';
import { listNames } from './outlets-view';

// The key divergences: conflicts in numbers, quote wording, attribution and dates first,
// then the omissions; each with the outlets involved and the sentences it rests on.

export const KIND_ORDER: DivergenceKind[] = ['number', 'wording', 'attribution', 'date', 'omission'];

/** Kinds whose detail names outlets or speakers but not the claim itself. */
const CONTEXT_KINDS = new Set<DivergenceKind>(['attribution', 'date', 'omission']);

export interface KeyDivergence {
  id: number;
  groupId: number;
  kind: DivergenceKind;
  detail: string;
  score: number;
  groupLabel: string;
  /** The claim the divergence is about, when the detail does not already quote it. */
  context: string | null;
  /** "A and B", or for an omission "Left out by C" (the detail names who reported it). */
  outlets: string;
  evidence: EvidenceItem[];
  /** Wording: each variant as a word diff against the anchor rendering. */
  wording?: { anchorOutlet: string; anchorText: string; variants: { outlet: string; parts: WordDiffPart[]; fragment: boolean }[] };
}

export interface KeyDivergencesView {
  items: KeyDivergence[];
  /** Omissions beyond the limit, not listed. */
  moreOmissions: number;
}

export function buildKeyDivergences(
  dto: Pick<StoryAnalysisDto, 'story' | 'outlets' | 'articles' | 'groups'>,
  options: { omissionLimit?: number } = {},
): KeyDivergencesView {
  const outletOf = new Map(dto.articles.map((article) => [article.id, article.outlet]));
  const outletOrder = new Map(dto.outlets.map((outlet, index) => [outlet.slug, index]));
  const names = (articleIds: number[]) => {
    const outlets = [
      ...new Map(
        articleIds
          .map((id) => outletOf.get(id))
          .filter((o) => o !== undefined)
          .map((o) => [o.slug, o]),
      ).values(),
    ];
    outlets.sort((a, b) => (outletOrder.get(a.slug) ?? 0) - (outletOrder.get(b.slug) ?? 0));
    return listNames(outlets.map((outlet) => outlet.name));
  };
  const items: KeyDivergence[] = [];
  for (const group of dto.groups) {
    for (const divergence of group.divergences) {
      const memberIds = new Set(divergence.memberIds);
      const members = group.members.filter((member) => divergence.kind === 'omission' || memberIds.has(member.id));
      const evidence = members.map((member) => memberEvidence(member, outletOf.get(member.articleId)?.name, dto.story.slug));
      let outlets: string;
      if (divergence.kind === 'omission') {
        const omitted = omittedArticleIds(divergence);
        outlets = `Left out by ${names(omitted)}`;
      } else {
        outlets = names(divergence.articleIds);
      }
      const item: KeyDivergence = {
        id: divergence.id,
        groupId: group.id,
        kind: divergence.kind,
        detail: divergence.detail,
        score: divergence.score,
        groupLabel: group.label,
        context: CONTEXT_KINDS.has(divergence.kind) ? group.label : null,
        outlets,
        evidence,
      };
      if (divergence.kind === 'wording' && Array.isArray(divergence.data.variants) && typeof divergence.data.anchorText === 'string') {
        const anchorId = typeof divergence.data.anchorArticleId === 'number' ? divergence.data.anchorArticleId : undefined;
        item.wording = {
          anchorOutlet: anchorId !== undefined ? (outletOf.get(anchorId)?.name ?? 'Unknown outlet') : 'The fullest rendering',
          anchorText: divergence.data.anchorText,
          variants: (divergence.data.variants as { articleId?: unknown; parts?: unknown; fragment?: unknown }[])
            .filter((variant) => Array.isArray(variant.parts))
            .map((variant) => ({
              outlet:
                typeof variant.articleId === 'number' ? (outletOf.get(variant.articleId)?.name ?? 'Unknown outlet') : 'Another outlet',
              parts: (variant.parts as WordDiffPart[]).filter((part) => typeof part?.value === 'string'),
              fragment: variant.fragment === true,
            })),
        };
      }
      items.push(item);
    }
  }
  items.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.score - a.score || a.id - b.id);
  const limit = options.omissionLimit ?? 10;
  const omissions = items.filter((item) => item.kind === 'omission');
  const kept = [...items.filter((item) => item.kind !== 'omission'), ...omissions.slice(0, limit)];
  return { items: kept, moreOmissions: Math.max(0, omissions.length - limit) };
}
