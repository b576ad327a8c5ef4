// Wording divergences between renderings of one quotation. "Same words" is decided on
// normalised words (case, accents, punctuation and quote style do not count); the word
// diff kept for display is computed on the text as printed.
import { diffWords } from 'diff';
import { differentCuts, quoteWords, wordOverlap } from '../quote-tokens';
import { listNames, type QuoteMemberView } from './member-view';

export interface WordDiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface QuoteVariant {
  articleId: number;
  /** The word diff from the fullest rendering (the anchor) to this one. */
  parts: WordDiffPart[];
  /** This rendering is a fragment of the anchor (every word of it is in the anchor, in order). */
  fragment: boolean;
  /** This rendering and the anchor are different cuts of one passage: each left out a part the other kept. */
  cut?: boolean;
}

function describeVariant(member: QuoteMemberView, anchorWords: string[], words: string[]): string {
  const overlap = wordOverlap(anchorWords, words);
  if (overlap.common === words.length) return `${member.outlet} quotes ${words.length} of its ${anchorWords.length} words`;
  if (differentCuts(anchorWords, words)) {
    const left = anchorWords.length - overlap.common;
    const added = words.length - overlap.common;
    return `${member.outlet} quotes another cut of the passage (without ${left} of its words, with ${added} it leaves out; no shared word changed)`;
  }
  if (overlap.common < 0.5 * Math.min(words.length, anchorWords.length))
    return `${member.outlet} renders it in other words (likely another translation)`;
  const changed = Math.max(words.length, anchorWords.length) - overlap.common;
  return `${member.outlet} differs in ${changed} word${changed === 1 ? '' : 's'}`;
}

/**
 * A wording divergence for a quote group, or null when every rendering has the same words
 * or is a fragment of the fullest one: a shorter rendering carries the utterance in part
 * (the quotes page shows it as partial), it does not contradict it. Two different cuts of
 * one passage (each keeps words the other left out) are a divergence, described as such.
 */
export function quoteWordingDivergence(members: QuoteMemberView[]) {
  if (members.length < 2) return null;
  const words = new Map(members.map((member) => [member.index, quoteWords(member.quote.text)]));
  const anchor = members.reduce((best, member) => (words.get(member.index)!.length > words.get(best.index)!.length ? member : best));
  const anchorWords = words.get(anchor.index)!;
  const differing = members.filter((member) => member !== anchor && words.get(member.index)!.join(' ') !== anchorWords.join(' '));
  if (differing.length === 0) return null;
  const variants: QuoteVariant[] = differing.map((member) => ({
    articleId: member.articleId,
    parts: diffWords(anchor.quote.text, member.quote.text).map(({ value, added, removed }) => ({
      value,
      ...(added ? { added } : {}),
      ...(removed ? { removed } : {}),
    })),
    fragment: wordOverlap(anchorWords, words.get(member.index)!).common === words.get(member.index)!.length,
    cut: differentCuts(anchorWords, words.get(member.index)!),
  }));
  const onlyFragments = variants.every((variant) => variant.fragment);
  if (onlyFragments) return null;
  const descriptions = differing.map((member) => describeVariant(member, anchorWords, words.get(member.index)!));
  return {
    detail: `${variants.every((variant) => variant.fragment || variant.cut) ? 'Quoted as different parts of one passage' : 'Quoted in different words'}: ${descriptions.join('; ')} (against ${anchor.outlet}'s fuller rendering).`,
    score: 0.7,
    memberIndexes: [anchor.index, ...differing.map((member) => member.index)],
    data: {
      anchorArticleId: anchor.articleId,
      anchorText: anchor.quote.text,
      variants,
      onlyFragments: false,
      outlets: listNames(differing.map((m) => m.outlet)),
    },
  };
}
