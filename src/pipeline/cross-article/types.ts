// Plain data of the cross-article stages: what they read (a story's analysed articles)
// and what they produce (source families, claim groups with divergences, events, framing).
// Ids are whatever the caller uses (database ids when persisting, indexes in tests).

import type { DateMention, DatePrecision } from '../numbers/extract-dates';
import type { Quantity } from '../numbers/extract-quantities';
import type { QuoteKind } from '../quotes/model';
import type { ParagraphKind } from '../types';
import type { GroupCorrection } from './group-constraints';

/** A figure of a claim, as the numbers stage found it (span into the article text). */
export type StoryQuantity = Quantity;

/** A resolved date of a claim, as the numbers stage found it. */
export type StoryDate = DateMention;

export interface StoryClaim {
  id: number;
  articleId: number;
  sentenceIndex: number;
  /** Span into the article's cleaned text. */
  start: number;
  end: number;
  text: string;
  paragraphKind: ParagraphKind;
  quantities: StoryQuantity[];
  dates: StoryDate[];
  personKeys: string[];
}

export interface StoryQuote {
  id: number;
  articleId: number;
  sentenceIndex: number;
  /** Span of the quoted words (no marks) into the article's cleaned text. */
  start: number;
  end: number;
  text: string;
  /** Resolved person key, or null (then speakerLabel may say who, e.g. "Reporter"). */
  speakerKey: string | null;
  speakerLabel: string | null;
  verb: string | null;
  kind: QuoteKind;
}

export interface StoryArticle {
  id: number;
  /** The file the article was imported from: with a span's start, the stable key editors' corrections use. */
  sourceFile?: string;
  outlet: string;
  /** Publication day, YYYY-MM-DD. */
  publishedOn: string;
  headline: string;
  /** Cleaned text; every span above points into it. */
  text: string;
  language: string;
  /** Paragraph spans with their kind (headline, body, caption…). */
  paragraphs: { start: number; end: number; kind: ParagraphKind }[];
  sentences: { start: number; end: number; paragraphIndex: number }[];
  claims: StoryClaim[];
  quotes: StoryQuote[];
}

export interface StoryPerson {
  key: string;
  name: string;
}

export interface StoryInput {
  articles: StoryArticle[];
  people: StoryPerson[];
  /** Editors' splits and merges of groups, oldest first. */
  corrections?: GroupCorrection[];
}

export interface SourceFamily {
  /** Stable key: derived from the members' content, not from ids. */
  key: string;
  articleIds: number[];
  /** Mean shingle resemblance between the members. */
  similarity: number;
}

export type DivergenceKind = 'number' | 'wording' | 'attribution' | 'date' | 'omission';
/** 'possible': the members may be one fact; no verdict (agreement, divergence, omission) rests on the row. */
export type GroupStatus = 'agreed' | 'diverged' | 'possible' | 'single';

export interface GroupMember {
  articleId: number;
  claimId?: number;
  quoteId?: number;
  similarity: number;
}

export interface DivergenceDraft {
  kind: DivergenceKind;
  /** A readable one-line explanation, e.g. 'Outlet A: "more than 40,000"; Outlet B: "41,372"'. */
  detail: string;
  score: number;
  /** Indexes into the group's members that the divergence involves. */
  memberIndexes: number[];
  /** Structured detail: values per article, word diff, omitting articles… */
  data: Record<string, unknown>;
}

export interface GroupDraft {
  key: string;
  kind: 'fact' | 'quote';
  status: GroupStatus;
  label: string;
  score: number;
  members: GroupMember[];
  divergences: DivergenceDraft[];
}

export interface EventSourceDraft {
  articleId: number;
  sentenceIndex: number;
}

export interface EventDraft {
  key: string;
  /** YYYY-MM-DD (day precision) or YYYY-MM (month precision). */
  date: string;
  precision: DatePrecision;
  label: string;
  /** Generated explanation of the coverage (who reported it, who diverged). */
  note: string;
  sources: EventSourceDraft[];
}

export interface FramingTermDraft {
  outlet: string;
  /** 'outlet': distinctive against the other outlets; 'headline': stressed by the headline, not the body. */
  scope: 'outlet' | 'headline';
  term: string;
  zScore: number;
  count: number;
}

export interface StoryAnalysis {
  families: SourceFamily[];
  groups: GroupDraft[];
  events: EventDraft[];
  framing: FramingTermDraft[];
}
