import { withoutInvisible } from '@/lib/invisible-chars';
import 'server-only';
import type { GroupStatus } from '@/pipeline/cross-article/types';
import { cachedForStory, type StoryRevision } from '../../cache/story-cache';
import { applyCorrections, type CorrectionRow, quoteKey } from '../../corrections/apply-corrections';
import { placeNotesAndCorrections } from '../../corrections/place-notes';
import { getDb } from '../../db';

// One DTO with everything the comparison pages show about a story's analysis, cached by
// the story's revision. Pages derive their views from it with pure functions.

export type DivergenceKind = 'number' | 'wording' | 'attribution' | 'date' | 'omission';
export type { GroupStatus };

export interface OutletDto {
  slug: string;
  name: string;
}

export interface ArticleDto {
  id: number;
  sourceFile: string;
  outlet: OutletDto;
  headline: string;
  publishedAt: string;
  url: string | null;
  language: string;
  wordCount: number;
  familyKey: string | null;
  skippedStages: { stage: string; reason: string }[];
  /** Texts kept for an article added by address (0: none; more than 1: the page changed after it was first fetched). */
  versions?: number;
}

export interface GroupMemberDto {
  id: number;
  articleId: number;
  claimId: number | null;
  quoteId: number | null;
  sentenceId: number | null;
  /** Stable key (article file and offset) that editors' splits and merges point at (absent in hand-built test data). */
  key?: string;
  /** The claim's sentence or the quoted words. */
  text: string;
  similarity: number;
}

export interface DivergenceDto {
  id: number;
  kind: DivergenceKind;
  detail: string;
  score: number;
  data: Record<string, unknown>;
  memberIds: number[];
  /** Articles involved (for an omission: those that report it and those that leave it out). */
  articleIds: number[];
}

export interface ClaimGroupDto {
  id: number;
  key: string;
  kind: 'fact' | 'quote';
  status: GroupStatus;
  label: string;
  score: number;
  members: GroupMemberDto[];
  divergences: DivergenceDto[];
  /** Editors' corrections of this group's judgement, when there are any. */
  corrections?: { note: string; editor: string | null; createdAt: string }[];
}

export interface QuoteDto {
  id: number;
  articleId: number;
  sentenceId: number | null;
  text: string;
  speakerId: number | null;
  speakerLabel: string | null;
  verb: string | null;
  kind: 'direct' | 'partial' | 'according_to' | 'transcript';
  confidence: number;
  /** Set when an editor reassigned the speaker. */
  correctedBy?: string;
  /** Stable key (article file and offset) that corrections point at. */
  key?: string;
}

export interface PersonDto {
  id: number;
  key: string;
  name: string;
  role: string | null;
  aliases: string[];
}

export interface EventDto {
  id: number;
  key: string;
  date: string;
  precision: 'day' | 'month';
  label: string;
  note: string | null;
  sources: { articleId: number; sentenceId: number; text: string }[];
  /** Stable keys (article file @ offset) of the source sentences: what notes on the event are anchored to. */
  anchors?: string[];
}

export interface FramingTermDto {
  outletSlug: string;
  scope: 'outlet' | 'headline';
  term: string;
  zScore: number;
  count: number;
}

export interface AnnotationDto {
  id: number;
  targetType: string;
  targetKey: string;
  body: string;
  author: string | null;
  createdAt: string;
  /** The target's label when the note was written. */
  targetLabel?: string | null;
  /** Stable keys of the target's claims, quotations or source sentences when the note was written. */
  anchors?: string[];
  /** True when no current event or row holds the note's anchors: shown to editors in the list of detached notes. */
  detached?: boolean;
}

export interface StoryAnalysisDto {
  story: { id: number; slug: string; title: string; revision: number; analysed: boolean };
  /** Outlets in the order of their first article. */
  outlets: OutletDto[];
  articles: ArticleDto[];
  people: PersonDto[];
  quotes: QuoteDto[];
  groups: ClaimGroupDto[];
  events: EventDto[];
  framing: FramingTermDto[];
  /** Mentions of each person per article (name, pronoun or role). */
  mentionCounts: { personId: number; articleId: number; count: number }[];
  annotations: AnnotationDto[];
  /** Ids of corrections that no current row or quotation holds (listed for editors in the story's history). */
  detachedCorrectionIds?: number[];
}

async function loadStoryAnalysis(revision: StoryRevision): Promise<StoryAnalysisDto> {
  const db = getDb();
  const storyId = revision.id;
  const [story, storedArticles, people, quotes, groups, events, framing, mentions, annotations, claims, corrections, versions] =
    await Promise.all([
      db.story.findUniqueOrThrow({ where: { id: storyId }, select: { title: true } }),
      db.article.findMany({
        where: { storyId },
        orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          sourceFile: true,
          headline: true,
          publishedAt: true,
          url: true,
          language: true,
          wordCount: true,
          familyKey: true,
          skippedStages: true,
          outlet: { select: { slug: true, name: true } },
        },
      }),
      db.person.findMany({
        where: { storyId },
        orderBy: { name: 'asc' },
        select: { id: true, key: true, name: true, role: true, aliases: { select: { alias: true }, orderBy: { alias: 'asc' } } },
      }),
      db.quote.findMany({
        where: { article: { storyId } },
        orderBy: [{ articleId: 'asc' }, { start: 'asc' }],
        select: {
          id: true,
          articleId: true,
          sentenceId: true,
          start: true,
          text: true,
          speakerId: true,
          speakerLabel: true,
          verb: true,
          kind: true,
          confidence: true,
        },
      }),
      db.claimGroup.findMany({
        where: { storyId },
        orderBy: [{ key: 'asc' }],
        select: {
          id: true,
          key: true,
          kind: true,
          status: true,
          label: true,
          score: true,
          members: {
            orderBy: { articleId: 'asc' },
            select: {
              id: true,
              articleId: true,
              claimId: true,
              quoteId: true,
              similarity: true,
              claim: { select: { text: true, sentenceId: true, start: true } },
              quote: { select: { text: true, sentenceId: true, start: true } },
            },
          },
          divergences: {
            orderBy: { kind: 'asc' },
            select: {
              id: true,
              kind: true,
              detail: true,
              score: true,
              data: true,
              members: { select: { memberId: true, member: { select: { articleId: true } } } },
            },
          },
        },
      }),
      db.event.findMany({
        where: { storyId },
        orderBy: [{ date: 'asc' }, { key: 'asc' }],
        select: {
          id: true,
          key: true,
          date: true,
          precision: true,
          label: true,
          note: true,
          sources: { select: { articleId: true, sentenceId: true, sentence: { select: { start: true } } } },
        },
      }),
      db.framingTerm.findMany({
        where: { storyId },
        orderBy: [{ zScore: 'desc' }],
        select: { scope: true, term: true, zScore: true, count: true, outlet: { select: { slug: true } } },
      }),
      db.mention.groupBy({ by: ['personId', 'articleId'], where: { article: { storyId } }, _count: { _all: true } }),
      db.annotation.findMany({
        where: { storyId },
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          targetType: true,
          targetKey: true,
          body: true,
          author: true,
          createdAt: true,
          anchors: true,
          targetLabel: true,
        },
      }),
      db.claim.findMany({ where: { article: { storyId } }, select: { sentenceId: true, text: true } }),
      db.correction.findMany({
        where: { storyId, undoneAt: null },
        orderBy: { id: 'asc' },
        select: { id: true, kind: true, targetKey: true, data: true, createdAt: true, editor: { select: { email: true } } },
      }),
      db.articleVersion.groupBy({ by: ['sourceFile'], where: { storyId }, _count: { _all: true } }),
    ]);
  // Titles, headlines and outlet names are shown on every page and export: invisible characters
  // (a bidirectional override reorders what follows it) are removed here, whatever was stored.
  const articles = storedArticles.map((article) => ({
    ...article,
    headline: withoutInvisible(article.headline),
    outlet: { ...article.outlet, name: withoutInvisible(article.outlet.name) },
  }));
  const versionCount = new Map(versions.map((row) => [row.sourceFile, row._count._all]));
  const sentenceText = new Map(claims.map((claim) => [claim.sentenceId, claim.text]));
  const outlets = new Map(articles.map((article) => [article.outlet.slug, article.outlet]));
  const sourceFileOf = new Map(articles.map((article) => [article.id, article.sourceFile]));
  const quoteStarts = new Map(quotes.map((quote) => [quote.id, quoteKey(sourceFileOf.get(quote.articleId) ?? '', quote.start)]));
  const correctionRows: CorrectionRow[] = corrections.map((c) => ({
    id: c.id,
    kind: c.kind,
    targetKey: c.targetKey,
    data: (c.data ?? {}) as Record<string, unknown>,
    editor: c.editor?.email ?? null,
    createdAt: c.createdAt.toISOString(),
  }));
  const computed: StoryAnalysisDto = {
    story: {
      id: storyId,
      slug: revision.slug,
      title: withoutInvisible(story.title),
      revision: revision.revision,
      analysed: revision.analysedRevision === revision.revision,
    },
    outlets: [...outlets.values()],
    articles: articles.map((article) => ({
      ...article,
      publishedAt: article.publishedAt.toISOString(),
      skippedStages: article.skippedStages as ArticleDto['skippedStages'],
      versions: versionCount.get(article.sourceFile) ?? 0,
    })),
    people: people.map((person) => ({ ...person, aliases: person.aliases.map((row) => row.alias) })),
    quotes: quotes.map(({ start, ...quote }) => ({ ...quote, key: quoteKey(sourceFileOf.get(quote.articleId) ?? '', start) })),
    groups: groups.map((group) => ({
      id: group.id,
      key: group.key,
      kind: group.kind,
      status: group.status,
      label: group.label,
      score: group.score,
      members: group.members.map((member) => ({
        id: member.id,
        articleId: member.articleId,
        claimId: member.claimId,
        quoteId: member.quoteId,
        sentenceId: member.claim?.sentenceId ?? member.quote?.sentenceId ?? null,
        key: quoteKey(sourceFileOf.get(member.articleId) ?? '', member.claim?.start ?? member.quote?.start ?? 0),
        text: member.claim?.text ?? member.quote?.text ?? '',
        similarity: member.similarity,
      })),
      divergences: group.divergences.map((divergence) => {
        const data = (divergence.data ?? {}) as Record<string, unknown>;
        const omittedBy = Array.isArray(data.omittedBy) ? (data.omittedBy as number[]) : [];
        return {
          id: divergence.id,
          kind: divergence.kind,
          detail: divergence.detail,
          score: divergence.score,
          data,
          memberIds: divergence.members.map((row) => row.memberId),
          articleIds: [...new Set([...divergence.members.map((row) => row.member.articleId), ...omittedBy])],
        };
      }),
    })),
    events: events.map((event) => ({
      ...event,
      sources: event.sources.map(({ sentence, ...source }) => ({ ...source, text: sentenceText.get(source.sentenceId) ?? '' })),
      anchors: event.sources.map((source) => quoteKey(sourceFileOf.get(source.articleId) ?? '', source.sentence.start)),
    })),
    framing: framing.map((term) => ({
      outletSlug: term.outlet.slug,
      scope: term.scope,
      term: term.term,
      zScore: term.zScore,
      count: term.count,
    })),
    mentionCounts: mentions.map((row) => ({ personId: row.personId, articleId: row.articleId, count: row._count._all })),
    annotations: annotations.map((annotation) => ({ ...annotation, createdAt: annotation.createdAt.toISOString() })),
  };
  // Notes and rejected divergences go back onto the rows and events that now hold their anchors.
  const placed = placeNotesAndCorrections(computed, correctionRows);
  return applyCorrections(placed.dto, placed.corrections, quoteStarts);
}

/** The story's analysis for the comparison pages, or null for an unknown story. */
export async function getStoryAnalysis({ slug }: { slug: string }): Promise<StoryAnalysisDto | null> {
  return cachedForStory(slug, 'story-analysis', loadStoryAnalysis);
}
