// A made-up article for the clean-stage tests; each test inserts one trap into it.
import { cleanArticleText } from '@/pipeline/stages/clean';
import { describeParagraphs, expectValidParagraphSpans } from './article-assertions';

export const HEAD = 'Council approves new river bridge after long debate';
export const B1 = 'The city council voted on Thursday to build a new bridge across the river, ending months of debate.';
export const B2 = 'Mayor Ana Okafor said the bridge would open in two years and cost less than the earlier plan.';
export const B3 = 'Opponents said the money should go to buses instead, and promised to keep campaigning.';
export const PLAIN = [`headline: ${HEAD}`, `body: ${B1}`, `body: ${B2}`, `body: ${B3}`];

/** Cleans, checks the spans, and describes each paragraph as "kind: text". */
export function clean(raw: string): string[] {
  const { text, paragraphs } = cleanArticleText(raw);
  expectValidParagraphSpans(text, paragraphs);
  return describeParagraphs(text, paragraphs);
}

export const article = (...lines: string[]) => lines.join('\n\n');
