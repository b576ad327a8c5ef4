// Which offsets of the article lie inside quotation marks. A name inside somebody's quote is
// seldom what a pronoun outside it refers to ("'…and the president agrees,' she said").

import { scanQuoteMarks } from '../quotes/marks';
import type { Span } from '../types';

/** Pure: a predicate telling whether an offset is inside a quoted span of its paragraph. */
export function quotedOffsets(text: string, paragraphs: Span[]): (offset: number) => boolean {
  const spans: Span[] = [];
  for (const paragraph of paragraphs) {
    for (const marked of scanQuoteMarks(text.slice(paragraph.start, paragraph.end))) {
      spans.push({ start: paragraph.start + marked.open, end: paragraph.start + marked.close });
    }
  }
  return (offset) => {
    let low = 0;
    let high = spans.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (spans[mid].end <= offset) low = mid + 1;
      else if (spans[mid].start > offset) high = mid - 1;
      else return true;
    }
    return false;
  };
}
