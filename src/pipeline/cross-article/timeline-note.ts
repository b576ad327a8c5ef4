// The generated note of an event: who reported it, who could have and did not, who reported
// it before it happened, and whether the outlets disagree on it. Built only from the data.
import { listNames } from '../text/list-names';
import type { DivergenceKind, GroupDraft, StoryArticle } from './types';

const DIVERGENCE_PHRASES: Record<DivergenceKind, string> = {
  number: 'on a number',
  date: 'on the date',
  attribution: 'on who said it',
  wording: 'in wording',
  omission: 'on what they include',
};

function outlets(articles: StoryArticle[]): string[] {
  return [...new Set(articles.map((article) => article.outlet))].sort((a, b) => a.localeCompare(b));
}

/** An article written before the event's day (or month) could only announce it. */
export function publishedBefore(article: StoryArticle, date: string): boolean {
  return article.publishedOn.slice(0, date.length) < date;
}

export function coverageNote(date: string, reporting: StoryArticle[], all: StoryArticle[], groups: GroupDraft[]): string {
  const reported = outlets(reporting);
  const reportingIds = new Set(reporting.map((article) => article.id));
  // Only outlets that are not among the reporters: a second article of one outlet does not make it silent.
  const silent = outlets(all.filter((article) => !reportingIds.has(article.id) && !publishedBefore(article, date))).filter(
    (outlet) => !reported.includes(outlet),
  );
  const early = outlets(reporting.filter((article) => publishedBefore(article, date)));
  const after = outlets(reporting.filter((article) => !publishedBefore(article, date)));
  const lead = after.length > 0 ? `Reported by ${listNames(after)}` : `Announced in advance by ${listNames(early)}`;
  const parts = [silent.length > 0 ? `${lead}; not mentioned by ${listNames(silent)}.` : `${lead}.`];
  if (after.length > 0 && early.length > 0) parts.push(`Announced in advance by ${listNames(early)}.`);
  const seen = new Set<DivergenceKind>();
  for (const divergence of groups
    .flatMap((group) => group.divergences)
    .sort((a, b) => b.score - a.score || a.detail.localeCompare(b.detail))) {
    if (seen.has(divergence.kind) || seen.size >= 2) continue;
    seen.add(divergence.kind);
    parts.push(`The outlets differ ${DIVERGENCE_PHRASES[divergence.kind]}: ${divergence.detail.replace(/\.$/, '')}.`);
  }
  return parts.join(' ');
}
