// What the split and merge forms of the shown rows offer a signed-in editor: a row's
// members with their stable keys, and the rows it could be merged with. Pure.
import type { RowMemberChoice } from '@/components/auth/group-correction-forms';
import type { StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';
import { type MergeCandidate, mergeCandidates } from './merge-candidates';

export interface RowCorrectionOptions {
  members: RowMemberChoice[];
  candidates: MergeCandidate[];
}

export function rowCorrectionOptions(
  analysis: Pick<StoryAnalysisDto, 'groups' | 'articles'>,
  rowKeys: string[],
): Map<string, RowCorrectionOptions> {
  const outletOf = new Map(analysis.articles.map((article) => [article.id, article.outlet.name]));
  const candidates = mergeCandidates(analysis.groups, rowKeys);
  const groups = new Map(analysis.groups.map((group) => [group.key, group]));
  const options = new Map<string, RowCorrectionOptions>();
  for (const key of rowKeys) {
    const group = groups.get(key);
    if (!group) continue;
    options.set(key, {
      members: group.members.flatMap((member) =>
        member.key ? [{ key: member.key, outlet: outletOf.get(member.articleId) ?? '', text: member.text }] : [],
      ),
      candidates: candidates.get(key) ?? [],
    });
  }
  return options;
}
