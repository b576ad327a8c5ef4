// What "Why?" shows for a group member: its outlet, its sentence, its similarity, and a link
// to that sentence in the article. One builder for every page that lists evidence.
import { articleHref } from '@/lib/links';
import type { GroupMemberDto } from '@/server/data/stories/get-story-analysis';
import type { EvidenceItem } from './evidence-details';

export function memberEvidence(member: GroupMemberDto, outletName: string | undefined, slug: string): EvidenceItem {
  return {
    outlet: outletName ?? `Article ${member.articleId}`,
    text: member.text,
    similarity: member.similarity,
    href: articleHref(slug, member.articleId, member.sentenceId),
  };
}

/**
 * A group's evidence in the page's outlet order (then by sentence): `columnOf` places an
 * article's outlet, `outletName` names it.
 */
export function evidenceInOutletOrder(
  members: GroupMemberDto[],
  {
    columnOf,
    outletName,
    slug,
  }: { columnOf: (articleId: number) => number; outletName: (articleId: number) => string | undefined; slug: string },
): EvidenceItem[] {
  return [...members]
    .sort((a, b) => columnOf(a.articleId) - columnOf(b.articleId) || (a.sentenceId ?? 0) - (b.sentenceId ?? 0))
    .map((member) => memberEvidence(member, outletName(member.articleId), slug));
}
