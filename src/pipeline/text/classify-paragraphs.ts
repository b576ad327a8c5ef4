// Gives every kept item its paragraph kind. Order matters: explicit evidence first
// (headline position, caption, bullet marker, speaker label), then position and shape
// (standfirst in front of the body, subheads between body paragraphs), then body.
// Every pass is linear: articles can be 1 MB of short lines.
import { type CleanItem, isKept } from './clean-items';
import { wordCount } from './normalise-space';
import { isTitleLike, startsWithDateline, turnLabel } from './paragraph-shapes';

/** A dek is a sentence-like summary: a two-word label ("Key points") is not one. */
const MIN_STANDFIRST_WORDS = 5;
const MAX_STANDFIRST_WORDS = 60;
const LOOKED_PAST = new Set(['advert', 'duplicate']);

type TurnLabel = ReturnType<typeof turnLabel>;

export function classifyItems(items: CleanItem[], headlineIndex: number): void {
  const kept = items.filter(isKept);
  const labels = kept.map((item) => turnLabel(item.text));
  const headline = items[headlineIndex];
  kept.forEach((item, k) => {
    if (item === headline) item.kind = 'headline';
    else if (item.caption) item.kind = 'caption';
    else if (item.bullet) item.kind = 'bullet';
    else if (isTranscriptTurn(labels, k)) item.kind = 'transcript';
  });
  if (headlineIndex >= 0) markStandfirsts(items, headlineIndex);
  markSubheads(kept);
  for (const item of kept) item.kind ??= 'body';
  if (!kept.some((item) => item.kind === 'body')) {
    for (const item of kept) if (item.kind === 'standfirst') item.kind = 'body';
  }
}

/**
 * Role labels ("Reporter:") are enough; a name label ("DOE:", "Doe:") counts only next
 * to another labelled turn, since "NEW DELHI: …" and "Update: …" open other kinds of lines. A
 * title-case name label also has to be a role label's neighbour or come back elsewhere, as
 * speakers in an interview do.
 */
function isTranscriptTurn(labels: TurnLabel[], k: number): boolean {
  const turn = labels[k];
  if (turn === null) return false;
  if (turn.alone) return true;
  const neighbours = [labels[k - 1] ?? null, labels[k + 1] ?? null].filter((label) => label !== null);
  if (neighbours.length === 0) return false;
  if (/^\p{Lu}[\p{Lu}.'’ -]*$/u.test(turn.label)) return true;
  return (
    neighbours.some((label) => label.alone || !/\p{Ll}/u.test(label.label)) ||
    labels.some((label, j) => j !== k && label?.label === turn.label)
  );
}

/**
 * Between the headline and the body, a paragraph followed by page furniture (chrome, a date
 * stamp, a byline, a repeat of the headline) rather than by more body text is a dek.
 * Captions (and their second copies), ads and transcript turns are looked past. The body
 * starts at the first paragraph followed by body text, or at a dateline.
 */
function markStandfirsts(items: CleanItem[], headlineIndex: number): void {
  for (let i = headlineIndex + 1; i < items.length; i++) {
    const item = items[i];
    if (!isKept(item) || item.kind !== undefined) continue;
    const words = wordCount(item.text);
    if (startsWithDateline(item.text) || words > MAX_STANDFIRST_WORDS) return;
    if (words < MIN_STANDFIRST_WORDS) continue;
    let j = i + 1;
    while (j < items.length && (LOOKED_PAST.has(items[j].drop ?? '') || (isKept(items[j]) && items[j].kind !== undefined))) j++;
    if (j === items.length || isKept(items[j])) return;
    item.kind = 'standfirst';
    i = j - 1;
  }
}

/** A short title-like line followed (past any captions) by body text, a list or a transcript, after the opening. */
function markSubheads(kept: CleanItem[]): void {
  let nextNonCaption: CleanItem | undefined;
  for (let k = kept.length - 1; k >= 1; k--) {
    const item = kept[k];
    const following = nextNonCaption;
    if (item.kind !== 'caption') nextNonCaption = item;
    if (item.kind !== undefined || following === undefined || !isTitleLike(item.text)) continue;
    if ((following.kind === undefined && !isTitleLike(following.text)) || following.kind === 'transcript' || following.kind === 'bullet') {
      item.kind = 'subhead';
    }
  }
}
