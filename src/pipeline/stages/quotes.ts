// Stage "quotes": quotations with their attribution as written (speaker resolution to people
// happens in a later stage). Wraps the pure functions in ../quotes/.

import { extractQuotes } from '../quotes/extract';
import type { Stage } from '../types';

export type { Quote, QuoteKind } from '../quotes/extract';
export { extractQuotes } from '../quotes/extract';
export { scanQuoteMarks } from '../quotes/marks';

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['text', 'paragraphs', 'sentences'],
  assigns: ['quotes'],
  englishOnly: true,
  run: (doc) => ({ quotes: extractQuotes(doc.text ?? '', doc.paragraphs ?? [], doc.sentences ?? []) }),
};
