// The annotated reader's view of one article, derived purely from the article's spans and
// the story's analysis. Every piece of text is a slice of the cleaned text at stored
// offsets: paragraphs are cut into sentences, sentences into plain and quoted segments.

import { articleHref, sentenceAnchor } from '@/lib/links';
import type { ArticleReadingDto, ParagraphKindDto, ReadingQuoteDto } from '@/server/data/articles/get-article-reading';
import type { DivergenceKind, GroupStatus, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';

export interface QuoteTag {
  quoteId: number;
  /** The resolved person, else the label the article gives, else null. */
  speaker: string | null;
  verb: string | null;
  kind: ReadingQuoteDto['kind'];
}

export interface Segment {
  text: string;
  start: number;
  end: number;
  /** The quote these words belong to (the quoted words only, not the marks). */
  quoteId: number | null;
  /** A transcript line's speaker label ("Reporter:"). */
  isLabel: boolean;
  /** Set on the segment where a quote ends: who said it. */
  quoteEnd: QuoteTag | null;
}

export interface Counterpart {
  articleId: number;
  outletName: string;
  text: string;
  similarity: number;
  href: string;
}

export interface NoteDivergence {
  kind: DivergenceKind;
  detail: string;
  score: number;
}

export interface NoteGroup {
  id: number;
  kind: 'fact' | 'quote';
  status: GroupStatus;
  score: number;
  /** Distinct outlets that carry this claim or quote, this one included. */
  outletCount: number;
  counterparts: Counterpart[];
  divergences: NoteDivergence[];
}

export interface SentenceNote {
  /** The most outlets any of the sentence's confident rows (agreed or diverged) is carried by. */
  outletCount: number;
  /**
   * The most outlets any of its "possibly related" rows spans: rows the alignment is not sure
   * are one fact, shown apart and never counted as shared until an editor confirms them.
   */
  possibleOutletCount: number;
  divergenceKinds: DivergenceKind[];
  groups: NoteGroup[];
}

export interface SentencePart {
  type: 'sentence';
  id: number;
  anchor: string;
  segments: Segment[];
  note: SentenceNote | null;
}

export interface GapPart {
  type: 'gap';
  text: string;
  start: number;
}

export interface ParagraphView {
  id: number;
  index: number;
  kind: ParagraphKindDto;
  parts: (SentencePart | GapPart)[];
}

export interface ArticleView {
  id: number;
  outlet: { slug: string; name: string };
  headlineText: string;
  /** The article's headline paragraph, rendered as the page's heading; null when the text has none. */
  headline: ParagraphView | null;
  paragraphs: ParagraphView[];
  publishedAt: string;
  url: string | null;
  language: string;
  wordCount: number;
  skippedStages: { stage: string; reason: string }[];
  /** Other articles of the same source family (near-duplicates, e.g. wire copies). */
  family: { articleId: number; outletName: string; href: string }[];
  counts: { sentences: number; quotes: number; shared: number; possible: number; divergent: number };
  speakers: { name: string; count: number }[];
}

const CLOSING_MARK = /^[,.;:!?…]?[”"’']/u;
const TRANSCRIPT_LABEL = /^([^\s:“”"][^:\n“”"]{0,40}):\s/u;

/** Cuts [start, end) at the given boundaries and slices the text of each piece. */
function cut(text: string, start: number, end: number, boundaries: number[]): [number, number][] {
  const points = [...new Set([start, end, ...boundaries.filter((point) => point > start && point < end)])].sort((a, b) => a - b);
  const pieces: [number, number][] = [];
  for (let i = 0; i + 1 < points.length; i++) pieces.push([points[i], points[i + 1]]);
  return pieces.filter(([a, b]) => b > a && text.slice(a, b).length > 0);
}

export function segmentSentence(
  text: string,
  sentence: { start: number; end: number },
  quotes: Pick<ReadingQuoteDto, 'id' | 'start' | 'end' | 'speakerName' | 'speakerLabel' | 'verb' | 'kind'>[],
  label: { start: number; end: number } | null = null,
): Segment[] {
  const inside = quotes.filter((quote) => quote.start < sentence.end && quote.end > sentence.start);
  // The speaker goes after the closing quotation mark (and a comma or stop before it), not inside it.
  const tagAt = new Map<number, (typeof inside)[number]>();
  for (const quote of inside) {
    if (quote.end > sentence.end) continue;
    // A transcript line already names its speaker in its label.
    if (label && quote.kind === 'transcript') continue;
    const closing = CLOSING_MARK.exec(text.slice(quote.end, sentence.end));
    tagAt.set(quote.end + (closing ? closing[0].length : 0), quote);
  }
  const boundaries = [...inside.flatMap((quote) => [quote.start, quote.end]), ...tagAt.keys()];
  if (label) boundaries.push(label.start, label.end);
  return cut(text, sentence.start, sentence.end, boundaries).map(([a, b]) => {
    const quote = inside.find((candidate) => candidate.start <= a && candidate.end >= b) ?? null;
    const isLabel = label !== null && a >= label.start && b <= label.end;
    const ending = tagAt.get(b);
    return {
      text: text.slice(a, b),
      start: a,
      end: b,
      quoteId: quote && !isLabel ? quote.id : null,
      isLabel,
      quoteEnd: ending
        ? { quoteId: ending.id, speaker: ending.speakerName ?? ending.speakerLabel, verb: ending.verb, kind: ending.kind }
        : null,
    };
  });
}

/** For each of the article's sentences, the claim and quote groups it belongs to, with the other outlets' versions. */
export function sentenceNotes(
  reading: Pick<ArticleReadingDto, 'id' | 'storySlug'>,
  analysis: Pick<StoryAnalysisDto, 'articles' | 'groups'>,
): Map<number, SentenceNote> {
  const outletOf = new Map(analysis.articles.map((article) => [article.id, article.outlet]));
  const notes = new Map<number, SentenceNote>();
  for (const group of analysis.groups) {
    const own = group.members.filter((member) => member.articleId === reading.id && member.sentenceId !== null);
    if (own.length === 0) continue;
    const outletCount = new Set(group.members.map((member) => outletOf.get(member.articleId)?.slug ?? `article-${member.articleId}`)).size;
    const counterparts: Counterpart[] = group.members
      .filter((member) => member.articleId !== reading.id)
      .map((member) => ({
        articleId: member.articleId,
        outletName: outletOf.get(member.articleId)?.name ?? `Article ${member.articleId}`,
        text: member.text,
        similarity: member.similarity,
        href: articleHref(reading.storySlug, member.articleId, member.sentenceId),
      }));
    const ownIds = new Set(own.map((member) => member.id));
    const divergences = group.divergences
      .filter((divergence) => divergence.articleIds.includes(reading.id) || divergence.memberIds.some((id) => ownIds.has(id)))
      .map((divergence) => ({ kind: divergence.kind, detail: divergence.detail, score: divergence.score }));
    if (counterparts.length === 0 && divergences.length === 0) continue;
    const noteGroup: NoteGroup = {
      id: group.id,
      kind: group.kind,
      status: group.status,
      score: group.score,
      outletCount,
      counterparts,
      divergences,
    };
    for (const sentenceId of new Set(own.map((member) => member.sentenceId as number))) {
      const note = notes.get(sentenceId) ?? { outletCount: 0, possibleOutletCount: 0, divergenceKinds: [], groups: [] };
      if (!note.groups.some((existing) => existing.id === group.id)) note.groups.push(noteGroup);
      if (group.status === 'possible') note.possibleOutletCount = Math.max(note.possibleOutletCount, outletCount);
      else note.outletCount = Math.max(note.outletCount, outletCount);
      for (const divergence of divergences) if (!note.divergenceKinds.includes(divergence.kind)) note.divergenceKinds.push(divergence.kind);
      notes.set(sentenceId, note);
    }
  }
  return notes;
}

export function buildArticleView(reading: ArticleReadingDto, analysis: Pick<StoryAnalysisDto, 'articles' | 'groups'>): ArticleView {
  const text = reading.cleanedText;
  const notes = sentenceNotes(reading, analysis);
  const sentencesByParagraph = new Map<number, ArticleReadingDto['sentences']>();
  for (const sentence of reading.sentences) {
    const list = sentencesByParagraph.get(sentence.paragraphId) ?? [];
    list.push(sentence);
    sentencesByParagraph.set(sentence.paragraphId, list);
  }

  const paragraphs: ParagraphView[] = [...reading.paragraphs]
    .sort((a, b) => a.index - b.index)
    .map((paragraph) => {
      const sentences = [...(sentencesByParagraph.get(paragraph.id) ?? [])].sort((a, b) => a.start - b.start);
      const labelMatch = paragraph.kind === 'transcript' ? TRANSCRIPT_LABEL.exec(text.slice(paragraph.start, paragraph.end)) : null;
      const label = labelMatch ? { start: paragraph.start, end: paragraph.start + labelMatch[1].length + 1 } : null;
      const parts: ParagraphView['parts'] = [];
      let cursor = paragraph.start;
      for (const sentence of sentences) {
        const start = Math.max(sentence.start, cursor);
        const end = Math.min(sentence.end, paragraph.end);
        if (end <= start) continue;
        if (start > cursor) parts.push({ type: 'gap', text: text.slice(cursor, start), start: cursor });
        parts.push({
          type: 'sentence',
          id: sentence.id,
          anchor: sentenceAnchor(sentence.id),
          segments: segmentSentence(text, { start, end }, reading.quotes, label),
          note: notes.get(sentence.id) ?? null,
        });
        cursor = end;
      }
      if (cursor < paragraph.end) parts.push({ type: 'gap', text: text.slice(cursor, paragraph.end), start: cursor });
      return { id: paragraph.id, index: paragraph.index, kind: paragraph.kind, parts };
    });

  const headline = paragraphs.find((paragraph) => paragraph.kind === 'headline') ?? null;
  const self = analysis.articles.find((article) => article.id === reading.id);
  const family = reading.familyKey
    ? analysis.articles
        .filter((article) => article.id !== reading.id && article.familyKey === reading.familyKey)
        .map((article) => ({ articleId: article.id, outletName: article.outlet.name, href: articleHref(reading.storySlug, article.id) }))
    : [];
  const speakerCounts = new Map<string, number>();
  for (const quote of reading.quotes) {
    const name = quote.speakerName ?? quote.speakerLabel;
    if (name) speakerCounts.set(name, (speakerCounts.get(name) ?? 0) + 1);
  }
  const allNotes = [...notes.values()];
  return {
    id: reading.id,
    outlet: self?.outlet ?? reading.outlet,
    headlineText: reading.headline,
    headline,
    paragraphs: paragraphs.filter((paragraph) => paragraph !== headline),
    publishedAt: reading.publishedAt,
    url: reading.url && /^https?:\/\//i.test(reading.url) ? reading.url : null,
    language: reading.language,
    wordCount: reading.wordCount,
    skippedStages: reading.skippedStages,
    family,
    counts: {
      sentences: reading.sentences.length,
      quotes: reading.quotes.length,
      shared: allNotes.filter((note) => note.outletCount >= 2).length,
      possible: allNotes.filter((note) => note.outletCount < 2 && note.possibleOutletCount >= 2).length,
      // An omission is other outlets leaving a fact out, not this outlet reporting it differently.
      divergent: allNotes.filter((note) => note.divergenceKinds.some((kind) => kind !== 'omission')).length,
    },
    speakers: [...speakerCounts]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}
