// What the divergence checks see of a group's members: the outlet and the claim or quote.
import type { StoryClaim, StoryQuote } from '../types';

export interface FactMemberView {
  /** Index of the member in its group. */
  index: number;
  articleId: number;
  outlet: string;
  claim: StoryClaim;
}

export interface QuoteMemberView {
  index: number;
  articleId: number;
  outlet: string;
  quote: StoryQuote;
  /** Display name of the resolved speaker, or the label as written, or null when unknown. */
  speaker: string | null;
}

export { listNames } from '../../text/list-names';

export function quoted(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `“${flat}”`;
  const cut = flat.slice(0, max);
  return `“${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 15))}…”`;
}
