// Cross-article stage "timeline": dated events, each with the sentences that report it and
// a generated note on its coverage. Dates come from the claims (already resolved against
// each article's publication day); statements of one date are one event when the alignment
// grouped them or their content overlaps; an undated statement the alignment grouped with a
// dated one joins its event. Distinct dates are never merged, so a meeting one
// month and a meeting the next stay two events. A month-only statement joins a related day of that month.

import { comparisonKey } from '../text/fold-accents';
import { cosine, type Vector } from './tfidf';
import { averageLinkage, centroid, groupsByClaim, sharedTermPairs, unitsByGroup } from './timeline-cluster';
import { cleanLabel, eventKey } from './timeline-label';
import { type DatedMention, datedMentions, mentionText } from './timeline-mentions';
import { coverageNote } from './timeline-note';
import { mentionTerms, StoryVectoriser } from './timeline-similarity';
import type { EventDraft, GroupDraft, StoryArticle, StoryClaim, StoryInput } from './types';

export interface TimelineOptions {
  /** Content similarity above which two statements of one date are one event. */
  threshold?: number;
}

/**
 * Measured on the seed story: golden events found are flat from 0.15 to 0.3; below 0.15
 * different happenings of one day merge; above 0.2 the outlets' wordings of one meeting
 * start to split into several events.
 */
export const EVENT_SIMILARITY = 0.2;

interface Draft {
  date: string;
  precision: 'day' | 'month';
  mentions: number[];
  /** Undated claims that joined through a claim group. */
  joined: StoryClaim[];
}

// Captions and headlines repeat the body; a body sentence makes the better label.
const KIND_RANK: Record<string, number> = { body: 0, standfirst: 0, bullet: 1, transcript: 1, subhead: 2, headline: 2, caption: 3 };

export function buildTimeline(input: StoryInput, groups: GroupDraft[], options: TimelineOptions = {}): EventDraft[] {
  const threshold = options.threshold ?? EVENT_SIMILARITY;
  const claims = input.articles.flatMap((article) => article.claims);
  const vectoriser = new StoryVectoriser(claims);
  const byClaim = groupsByClaim(input, groups);
  const mentions = input.articles.flatMap(datedMentions);
  const vectors = mentions.map((m) => vectoriser.vector(mentionTerms(m.claim, m.start, m.end)));

  const byDate = new Map<string, number[]>();
  mentions.forEach((m, index) => {
    const list = byDate.get(m.date);
    if (list) list.push(index);
    else byDate.set(m.date, [index]);
  });
  let drafts: Draft[] = [];
  for (const [date, indexes] of byDate) {
    // Grouped statements are one unit; units are clustered by the similarity of their centroids.
    const units = unitsByGroup(indexes, (index) => byClaim.get(mentions[index].claim.id) ?? []);
    const centroids = units.map((unit) => centroid(unit.map((index) => vectors[index])));
    for (const part of averageLinkage(units.length, (a, b) => cosine(centroids[a], centroids[b]), threshold, sharedTermPairs(centroids))) {
      drafts.push({ date, precision: mentions[indexes[0]].precision, mentions: part.flatMap((u) => units[u]), joined: [] });
    }
  }
  const firstText = new Map(drafts.map((draft) => [draft, draft.mentions.map((i) => mentionText(mentions[i])).sort()[0] ?? '']));
  drafts.sort((a, b) => a.date.localeCompare(b.date) || firstText.get(a)!.localeCompare(firstText.get(b)!));
  drafts = foldMonthsIntoDays(drafts, vectors, threshold);
  joinUndated(drafts, mentions, input, byClaim);

  const articleById = new Map(input.articles.map((article) => [article.id, article]));
  const events = drafts.map((draft) => toEvent(draft, mentions, vectors, vectoriser, articleById, input.articles, groups, byClaim));
  return withUniqueKeys(events.sort(compareEvents));
}

/** A month-only statement related to a statement dated to a day of that month is that day's event. */
function foldMonthsIntoDays(drafts: Draft[], vectors: Vector[], threshold: number): Draft[] {
  const centroidOf = new Map(drafts.map((draft) => [draft, centroid(draft.mentions.map((m) => vectors[m]))]));
  const daysOfMonth = new Map<string, Draft[]>();
  for (const day of drafts.filter((d) => d.precision === 'day')) {
    const list = daysOfMonth.get(day.date.slice(0, 7));
    if (list) list.push(day);
    else daysOfMonth.set(day.date.slice(0, 7), [day]);
  }
  const kept: Draft[] = [];
  for (const month of drafts.filter((d) => d.precision === 'month')) {
    let best: { day: Draft; score: number } | null = null;
    for (const day of daysOfMonth.get(month.date) ?? []) {
      const score = cosine(centroidOf.get(month)!, centroidOf.get(day)!);
      if (score >= threshold && (!best || score > best.score)) best = { day, score };
    }
    if (best) best.day.mentions.push(...month.mentions);
    else kept.push(month);
  }
  return [...kept, ...drafts.filter((d) => d.precision === 'day')];
}

function joinUndated(drafts: Draft[], mentions: DatedMention[], input: StoryInput, byClaim: Map<number, number[]>) {
  const draftOfClaim = new Map<number, Draft[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const draft of drafts) for (const m of draft.mentions) push(draftOfClaim, mentions[m].claim.id, draft);
  const claimsOfGroup = new Map<number, number[]>();
  for (const [claimId, list] of byClaim) for (const group of list) push(claimsOfGroup, group, claimId);
  const order = new Map(drafts.map((draft, index) => [draft, index]));
  const undated = input.articles
    .flatMap((article) => article.claims)
    .filter((claim) => !draftOfClaim.has(claim.id) && byClaim.has(claim.id));
  for (const claim of undated) {
    // The event most of the claim's group-mates belong to; ties go to the earlier event.
    const votes = new Map<Draft, number>();
    for (const group of byClaim.get(claim.id)!) {
      for (const mate of claimsOfGroup.get(group) ?? []) {
        for (const draft of draftOfClaim.get(mate) ?? []) votes.set(draft, (votes.get(draft) ?? 0) + 1);
      }
    }
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!);
    ranked[0]?.[0].joined.push(claim);
  }
}

function toEvent(
  draft: Draft,
  mentions: DatedMention[],
  vectors: Vector[],
  vectoriser: StoryVectoriser,
  articleById: Map<number, StoryArticle>,
  articles: StoryArticle[],
  groups: GroupDraft[],
  byClaim: Map<number, number[]>,
): EventDraft {
  const candidates = [
    ...draft.mentions.map((m) => ({ claim: mentions[m].claim, text: mentionText(mentions[m]), vector: vectors[m] })),
    ...draft.joined.map((claim) => ({ claim, text: claim.text, vector: vectoriser.vector(mentionTerms(claim)) })),
  ];
  const middle = centroid(candidates.map((c) => c.vector));
  const centrality = (c: (typeof candidates)[number]) => cosine(c.vector, middle);
  const label = cleanLabel(
    [...candidates].sort(
      (a, b) =>
        (KIND_RANK[a.claim.paragraphKind] ?? 1) - (KIND_RANK[b.claim.paragraphKind] ?? 1) ||
        Math.round(centrality(b) * 10) - Math.round(centrality(a) * 10) ||
        a.text.length - b.text.length ||
        a.text.localeCompare(b.text),
    )[0].text,
  );
  const sourceClaims = distinctSentences(candidates.map((c) => c.claim));
  const sources = sourceClaims
    .map((claim) => ({ articleId: claim.articleId, sentenceIndex: claim.sentenceIndex }))
    .sort((a, b) => a.articleId - b.articleId || a.sentenceIndex - b.sentenceIndex);
  const reporting = [...new Set(sources.map((s) => s.articleId))].map((id) => articleById.get(id)!).filter(Boolean);
  const behind = [...new Set(sourceClaims.flatMap((claim) => byClaim.get(claim.id) ?? []))].map((g) => groups[g]);
  return {
    key: eventKey(draft.date, label),
    date: draft.date,
    precision: draft.precision,
    label,
    note: coverageNote(draft.date, reporting, articles, behind),
    sources,
  };
}

/**
 * One source per sentence: a claim once, and a sentence an article repeats word for word (a
 * caption that copies the body) once, from the body where it has one.
 */
function distinctSentences(claims: StoryClaim[]): StoryClaim[] {
  const kept = new Map<string, StoryClaim>();
  const rank = (claim: StoryClaim) => KIND_RANK[claim.paragraphKind] ?? 1;
  for (const claim of claims) {
    const key = `${claim.articleId}|${comparisonKey(claim.text)}`;
    const current = kept.get(key);
    if (!current || rank(claim) < rank(current) || (rank(claim) === rank(current) && claim.sentenceIndex < current.sentenceIndex)) {
      kept.set(key, claim);
    }
  }
  return [...kept.values()];
}

/**
 * Chronological; a month-only event comes before the days of its month (it says "some time
 * in that month", often the background to them). Within one date, the most reported first.
 */
export function compareEvents(a: EventDraft, b: EventDraft): number {
  const articlesOf = (e: EventDraft) => new Set(e.sources.map((s) => s.articleId)).size;
  return a.date.localeCompare(b.date) || articlesOf(b) - articlesOf(a) || a.key.localeCompare(b.key);
}

function withUniqueKeys(events: EventDraft[]): EventDraft[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const count = (seen.get(event.key) ?? 0) + 1;
    seen.set(event.key, count);
    return count === 1 ? event : { ...event, key: `${event.key}-${count}` };
  });
}
