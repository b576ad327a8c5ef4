import { type DateMention, extractDates } from '../numbers/extract-dates';
import { extractQuantities, type Quantity } from '../numbers/extract-quantities';
import type { ArticleDoc, SentenceSpan, Stage } from '../types';

export type SentenceQuantity = Quantity & { sentenceIndex: number };
export type SentenceDate = DateMention & { sentenceIndex: number };

/** Quantities and dates per sentence, as spans into the article text. */
export function findNumbersAndDates(text: string, sentences: SentenceSpan[], publishedAt: Date) {
  const quantities: SentenceQuantity[] = [];
  const dates: SentenceDate[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const slice = text.slice(sentence.start, sentence.end);
    for (const quantity of extractQuantities(slice)) {
      quantities.push({ ...quantity, start: quantity.start + sentence.start, end: quantity.end + sentence.start, sentenceIndex });
    }
    for (const date of extractDates(slice, publishedAt)) {
      dates.push({ ...date, start: date.start + sentence.start, end: date.end + sentence.start, sentenceIndex });
    }
  });
  return { quantities, dates };
}

export const numbersDatesStage: Stage = {
  name: 'numbers-dates',
  requires: ['text', 'sentences'],
  assigns: ['quantities', 'dates'],
  englishOnly: true,
  run: (doc: ArticleDoc) => findNumbersAndDates(doc.text ?? '', doc.sentences ?? [], doc.input.publishedAt),
};
