// Turns alignment drafts into claim groups: members with their similarity, the
// divergences found among them, a status, a readable label and a stable key.

import { comparisonKey } from '../text/fold-accents';
import { stableHash } from '../text/stable-hash';
import type { ClaimGroupDraft } from './align-claims';
import type { QuoteGroupDraft } from './align-quotes';
import { quoteAttributionDivergence } from './divergences/attribution';
import { factDivergences } from './divergences/fact-divergences';
import type { FactMemberView, QuoteMemberView } from './divergences/member-view';
import { omissionDivergence } from './divergences/omission';
import { quoteWordingDivergence } from './divergences/wording';
import { quoteWords, wordOverlap } from './quote-tokens';
import type { DivergenceDraft, GroupDraft, StoryArticle, StoryClaim, StoryQuote } from './types';

export interface GroupContext {
  articles: Map<number, StoryArticle>;
  familyOf: Map<number, string>;
  /** Display names of people by key. */
  personNames: Map<string, string>;
}

const LABEL_LENGTH = 160;

function trimLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= LABEL_LENGTH) return flat;
  const cut = flat.slice(0, LABEL_LENGTH);
  // "come.…" reads as a typo: the stop or comma before the cut goes.
  return `${cut.slice(0, cut.lastIndexOf(' ') > 100 ? cut.lastIndexOf(' ') : LABEL_LENGTH).replace(/[\s,;:.…]+$/u, '')}…`;
}

function status(memberArticleIds: number[], divergences: DivergenceDraft[], context: GroupContext): GroupDraft['status'] {
  const families = new Set(memberArticleIds.map((id) => context.familyOf.get(id) ?? `article-${id}`));
  if (families.size < 2) return 'single';
  return divergences.some((divergence) => divergence.kind !== 'omission') ? 'diverged' : 'agreed';
}

function withOmission(divergences: DivergenceDraft[], memberArticleIds: number[], context: GroupContext): DivergenceDraft[] {
  const omission = omissionDivergence(memberArticleIds, context.articles, context.familyOf);
  if (!omission) return divergences;
  return [...divergences, { kind: 'omission', ...omission, memberIndexes: memberArticleIds.map((_, index) => index) }];
}

/** The member from the earliest article (then by outlet, then text): what the key hangs on. */
function anchorText(items: { articleId: number; text: string }[], context: GroupContext): string {
  const sorted = [...items].sort((x, y) => {
    const a = context.articles.get(x.articleId)!;
    const b = context.articles.get(y.articleId)!;
    return a.publishedOn.localeCompare(b.publishedOn) || a.outlet.localeCompare(b.outlet) || x.text.localeCompare(y.text);
  });
  return comparisonKey(sorted[0].text);
}

/** The claim with only the figures and dates inside the span the row matched (all of them without a span). */
export function matchedPart(claim: StoryClaim, span: { start: number; end: number } | null): StoryClaim {
  if (!span || (span.start <= claim.start && span.end >= claim.end)) return claim;
  const inside = (item: { start: number; end: number }) => item.start >= span.start && item.end <= span.end;
  return { ...claim, quantities: claim.quantities.filter(inside), dates: claim.dates.filter(inside) };
}

export function buildFactGroup(
  draft: ClaimGroupDraft,
  claims: StoryClaim[],
  context: GroupContext,
): Omit<GroupDraft, 'key'> & { anchor: string } {
  const members = draft.members.map((m, index) => ({ claim: claims[m], similarity: draft.similarities[index] }));
  const confident = draft.confidence === 'confident';
  // Divergences compare what the row is about: the figures and dates of each member's matched clauses.
  const views: FactMemberView[] = members.map(({ claim }, index) => ({
    index,
    articleId: claim.articleId,
    outlet: context.articles.get(claim.articleId)!.outlet,
    claim: matchedPart(claim, draft.spans?.[index] ?? null),
  }));
  const articleIds = members.map(({ claim }) => claim.articleId);
  // A row that is only possibly one fact carries no verdict: no divergence or omission rests on it.
  const divergences = confident ? withOmission(factDivergences(views), articleIds, context) : [];
  const central = members.reduce((best, member) => (member.similarity > best.similarity ? member : best));
  return {
    kind: 'fact',
    status: confident ? status(articleIds, divergences, context) : 'possible',
    label: trimLabel(central.claim.text),
    score: draft.score,
    members: members.map(({ claim, similarity }) => ({ articleId: claim.articleId, claimId: claim.id, similarity })),
    divergences,
    anchor: anchorText(
      members.map(({ claim }) => claim),
      context,
    ),
  };
}

function speakerOf(quote: StoryQuote, context: GroupContext): string | null {
  if (quote.speakerKey) return context.personNames.get(quote.speakerKey) ?? quote.speakerKey;
  return quote.speakerLabel;
}

/**
 * The rendering whose words every other rendering holds, in order: what all the row's
 * outlets quote ("Stay home" when one outlet quotes a whole paragraph around it). The
 * fullest rendering when no rendering is held by all.
 */
function carriedByAll(views: QuoteMemberView[]): QuoteMemberView {
  const words = new Map(views.map((view) => [view, quoteWords(view.quote.text)]));
  const fullest = views.reduce((best, view) => (view.quote.text.length > best.quote.text.length ? view : best));
  const shortestFirst = [...views].sort((a, b) => words.get(a)!.length - words.get(b)!.length);
  return (
    shortestFirst.find(
      (view) =>
        words.get(view)!.length > 0 &&
        views.every((other) => other === view || wordOverlap(words.get(other)!, words.get(view)!).common === words.get(view)!.length),
    ) ?? fullest
  );
}

export function buildQuoteGroup(
  draft: QuoteGroupDraft,
  quotes: StoryQuote[],
  context: GroupContext,
): Omit<GroupDraft, 'key'> & { anchor: string } {
  const members = draft.members.map((m, index) => ({ quote: quotes[m], similarity: draft.similarities[index] }));
  const views: QuoteMemberView[] = members.map(({ quote }, index) => ({
    index,
    articleId: quote.articleId,
    outlet: context.articles.get(quote.articleId)!.outlet,
    quote,
    speaker: speakerOf(quote, context),
  }));
  const divergences: DivergenceDraft[] = [];
  const wording = quoteWordingDivergence(views);
  if (wording) divergences.push({ kind: 'wording', ...wording });
  const attribution = quoteAttributionDivergence(views);
  if (attribution) divergences.push({ kind: 'attribution', ...attribution });
  const articleIds = members.map(({ quote }) => quote.articleId);
  const all = withOmission(divergences, articleIds, context);
  const fullest = views.reduce((best, view) => (view.quote.text.length > best.quote.text.length ? view : best));
  const speaker = views.find((view) => view.quote.speakerKey)?.speaker ?? fullest.speaker;
  return {
    kind: 'quote',
    status: status(articleIds, all, context),
    label: trimLabel(`${speaker ?? 'Unattributed'}: “${carriedByAll(views).quote.text.trim()}”`),
    score: draft.score,
    members: members.map(({ quote, similarity }) => ({ articleId: quote.articleId, quoteId: quote.id, similarity })),
    divergences: all,
    anchor: anchorText(
      members.map(({ quote }) => quote),
      context,
    ),
  };
}

/** Stable, unique keys: kind plus a hash of the anchor text; repeats get a numbered suffix. */
export function assignGroupKeys(groups: (Omit<GroupDraft, 'key'> & { anchor: string })[]): GroupDraft[] {
  const used = new Map<string, number>();
  const ordered = [...groups].sort((x, y) => x.anchor.localeCompare(y.anchor) || x.label.localeCompare(y.label));
  return ordered.map(({ anchor, ...group }) => {
    const base = `${group.kind}-${stableHash(anchor)}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return { key: count === 1 ? base : `${base}-${count}`, ...group };
  });
}
