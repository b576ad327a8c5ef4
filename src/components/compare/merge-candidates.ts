// The rows an editor is offered to merge a row with: a short list of the rows most alike
// (shared content terms), not a choice among hundreds. Rows of the other kind, and rows
// with a claim from an article the row already has (a row holds one claim per article),
// cannot be merged with it and are left out. Pure.
import { contentTerms } from '@/pipeline/cross-article/content-terms';
import type { ClaimGroupDto } from '@/server/data/stories/get-story-analysis';

export interface MergeCandidate {
  key: string;
  label: string;
  /** Cosine of the two rows' sets of terms. */
  likeness: number;
}

/** A term in more rows than this says nothing about which rows are alike, and costs the most. */
const MAX_ROWS_PER_TERM = 200;

export function mergeCandidates(groups: ClaimGroupDto[], forKeys: string[], limit = 10): Map<string, MergeCandidate[]> {
  const terms = groups.map((group) => new Set(group.members.flatMap((member) => contentTerms(member.text))));
  const articles = groups.map((group) => new Set(group.members.map((member) => member.articleId)));
  const postings = new Map<string, number[]>();
  terms.forEach((set, index) => {
    for (const term of set) {
      const rows = postings.get(term);
      if (rows) rows.push(index);
      else postings.set(term, [index]);
    }
  });
  const indexOf = new Map(groups.map((group, index) => [group.key, index]));
  const result = new Map<string, MergeCandidate[]>();
  for (const key of forKeys) {
    const index = indexOf.get(key);
    if (index === undefined) continue;
    const shared = new Map<number, number>();
    for (const term of terms[index]) {
      const rows = postings.get(term)!;
      if (rows.length > MAX_ROWS_PER_TERM) continue;
      for (const other of rows) if (other !== index) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const candidates = [...shared]
      .filter(
        ([other]) => groups[other].kind === groups[index].kind && ![...articles[other]].some((article) => articles[index].has(article)),
      )
      .map(([other, count]) => ({
        key: groups[other].key,
        label: groups[other].label,
        likeness: count / Math.sqrt(terms[index].size * terms[other].size),
      }))
      .sort((a, b) => b.likeness - a.likeness || a.label.localeCompare(b.label))
      .slice(0, limit);
    result.set(key, candidates);
  }
  return result;
}
