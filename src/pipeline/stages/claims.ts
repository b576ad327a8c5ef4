// Stage "claims": the sentence-level statements of an article, each with the people,
// quantities and dates found inside it. Claims are what the cross-article stages align.
import type { ArticleDoc, ParagraphKind, ParagraphSpan, SentenceSpan, Stage } from '../types';
import type { SentenceDate, SentenceQuantity } from './numbers-dates';

export interface Claim {
  sentenceIndex: number;
  start: number;
  end: number;
  text: string;
  paragraphKind: ParagraphKind;
  quantities: SentenceQuantity[];
  dates: SentenceDate[];
  /** Keys of the people mentioned (by name, pronoun or role) in the sentence. */
  personKeys: string[];
}

interface MentionLike {
  personKey: string;
  sentenceIndex: number;
}

const MIN_WORDS = 4;

function groupBySentence<T extends { sentenceIndex: number }>(items: T[]): Map<number, T[]> {
  const bySentence = new Map<number, T[]>();
  for (const item of items) {
    const list = bySentence.get(item.sentenceIndex);
    if (list) list.push(item);
    else bySentence.set(item.sentenceIndex, [item]);
  }
  return bySentence;
}

export function findClaims(
  text: string,
  paragraphs: ParagraphSpan[],
  sentences: SentenceSpan[],
  quantities: SentenceQuantity[],
  dates: SentenceDate[],
  mentions: MentionLike[],
): Claim[] {
  const quantitiesBySentence = groupBySentence(quantities);
  const datesBySentence = groupBySentence(dates);
  const mentionsBySentence = groupBySentence(mentions);
  const claims: Claim[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (sentenceText.split(/\s+/).filter(Boolean).length < MIN_WORDS) return;
    claims.push({
      sentenceIndex,
      start: sentence.start,
      end: sentence.end,
      text: sentenceText,
      paragraphKind: paragraphs[sentence.paragraphIndex]?.kind ?? 'body',
      quantities: quantitiesBySentence.get(sentenceIndex) ?? [],
      dates: datesBySentence.get(sentenceIndex) ?? [],
      personKeys: [...new Set((mentionsBySentence.get(sentenceIndex) ?? []).map((mention) => mention.personKey))],
    });
  });
  return claims;
}

export const claimsStage: Stage = {
  name: 'claims',
  requires: ['text', 'paragraphs', 'sentences', 'quantities', 'dates'],
  assigns: ['claims'],
  run: (doc: ArticleDoc) => ({
    claims: findClaims(
      doc.text ?? '',
      doc.paragraphs ?? [],
      doc.sentences ?? [],
      (doc.quantities as SentenceQuantity[] | undefined) ?? [],
      (doc.dates as SentenceDate[] | undefined) ?? [],
      (doc.mentions as MentionLike[] | undefined) ?? [],
    ),
  }),
};
