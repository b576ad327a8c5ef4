// The two renderings a divergence sets against each other, read from the data the analysis
// kept with it (figures, speakers, dates, the word diff of a quotation, who left it out).
import { formatEventDate } from '@/components/timeline/timeline-view';
import type { WordDiffPart } from '@/components/ui/word-diff';
import type { ClaimGroupDto, DivergenceDto } from '@/server/data/stories/get-story-analysis';

export interface Rendering {
  /** The outlet(s) that give this rendering. */
  outlets: string;
  /** The rendering, as printed (null: the outlets do not report it). */
  text: string | null;
  /** Words of the outlet, shown in quotation marks (a speaker's name or a quotation row's label is not). */
  quoted: boolean;
}

const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null) : [];
const numbers = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((item): item is number => typeof item === 'number') : [];

const CONTEXT_WORDS = 3;

/**
 * One side of a word diff, cut to the stretches where the renderings differ, with a few
 * words around each ("… will build the bridge by spring"): the first stretch and, when there
 * are more, the last one (one rendering may start earlier and the other end later). Both
 * sides cover the same stretches, and "…" marks text left out between and around them.
 */
export function changedExcerpt(parts: WordDiffPart[], side: 'removed' | 'added'): string {
  const changed = (part: WordDiffPart) => part.added === true || part.removed === true;
  const mine = (part: WordDiffPart) => (side === 'removed' ? !part.added : !part.removed);
  const words = (list: WordDiffPart[]) =>
    list
      .filter(mine)
      .map((part) => part.value)
      .join('')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
  const wordCount = (part: WordDiffPart) => part.value.trim().split(/\s+/).filter(Boolean).length;
  // Stretches of changes separated by at most three unchanged words, as [first, last] part indexes.
  const hunks: [number, number][] = [];
  parts.forEach((part, index) => {
    if (!changed(part)) return;
    const previous = hunks[hunks.length - 1];
    const gap = previous ? parts.slice(previous[1] + 1, index).reduce((sum, p) => sum + wordCount(p), 0) : Number.POSITIVE_INFINITY;
    if (previous && gap <= CONTEXT_WORDS) previous[1] = index;
    else hunks.push([index, index]);
  });
  if (hunks.length === 0) return words(parts).join(' ');
  const shown = hunks.length === 1 ? hunks : [hunks[0], hunks[hunks.length - 1]];
  const head = words(parts.slice(0, shown[0][0]));
  const pieces = [head.length > CONTEXT_WORDS ? `… ${head.slice(-CONTEXT_WORDS).join(' ')}` : head.join(' ')];
  shown.forEach(([first, last], index) => {
    pieces.push(words(parts.slice(first, last + 1)).join(' '));
    const next = shown[index + 1];
    const between = words(parts.slice(last + 1, next ? next[0] : parts.length));
    if (!next) pieces.push(between.length > CONTEXT_WORDS ? `${between.slice(0, CONTEXT_WORDS).join(' ')} …` : between.join(' '));
    else if (between.length <= 2 * CONTEXT_WORDS) pieces.push(between.join(' '));
    else pieces.push(`${between.slice(0, CONTEXT_WORDS).join(' ')} … ${between.slice(-CONTEXT_WORDS).join(' ')}`);
  });
  // Pieces meet at punctuation the diff keeps apart ("come" and ","): no space before it.
  return pieces
    .filter(Boolean)
    .join(' ')
    .replace(/\s+([,.;:!?’”)\]])/gu, '$1');
}

export function renderings(
  divergence: DivergenceDto,
  group: ClaimGroupDto,
  name: (articleId: number) => string | undefined,
  names: (articleIds: number[]) => string,
): [Rendering, Rendering] | null {
  const data = divergence.data ?? {};
  switch (divergence.kind) {
    case 'number': {
      const pair = records(data.figures).find((figure) =>
        numbers(figure.articles)
          .slice(0, 2)
          .every((id) => name(id) !== undefined),
      );
      if (!pair) return null;
      const [a, b] = numbers(pair.articles);
      const texts = Array.isArray(pair.texts) ? pair.texts.map(String) : [];
      return [
        { outlets: name(a)!, text: texts[0] ?? null, quoted: true },
        { outlets: name(b)!, text: texts[1] ?? null, quoted: true },
      ];
    }
    case 'attribution': {
      const bySpeaker = new Map<string, number[]>();
      for (const entry of records(data.speakers)) {
        if (typeof entry.articleId !== 'number' || name(entry.articleId) === undefined) continue;
        const speaker = String(entry.speaker ?? 'no one');
        bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), entry.articleId]);
      }
      const [first, second] = [...bySpeaker.entries()];
      if (!first || !second) return null;
      return [
        { outlets: names(first[1]), text: first[0], quoted: false },
        { outlets: names(second[1]), text: second[0], quoted: false },
      ];
    }
    case 'date': {
      const pair = records(data.dates).find((entry) =>
        numbers(entry.articles)
          .slice(0, 2)
          .every((id) => name(id) !== undefined),
      );
      if (!pair) return null;
      const [a, b] = numbers(pair.articles);
      const readable = (date: string) => formatEventDate(date, date.length === 7 ? 'month' : 'day');
      const dates = Array.isArray(pair.dates)
        ? pair.dates.map((d) => (Array.isArray(d) ? d.map(String) : [String(d)]).map(readable).join(', '))
        : [];
      return [
        { outlets: name(a)!, text: dates[0] ?? null, quoted: false },
        { outlets: name(b)!, text: dates[1] ?? null, quoted: false },
      ];
    }
    case 'wording': {
      const anchor = typeof data.anchorArticleId === 'number' ? data.anchorArticleId : null;
      if (anchor === null || name(anchor) === undefined) return null;
      const variants = records(data.variants).filter(
        (variant) => typeof variant.articleId === 'number' && name(variant.articleId) !== undefined && Array.isArray(variant.parts),
      );
      const variant = variants.find((v) => v.fragment !== true) ?? variants[0];
      if (!variant) return null;
      const parts = records(variant.parts).map((part) => ({
        value: String(part.value ?? ''),
        added: part.added === true,
        removed: part.removed === true,
      }));
      return [
        { outlets: name(anchor)!, text: changedExcerpt(parts, 'removed'), quoted: true },
        { outlets: name(variant.articleId as number)!, text: changedExcerpt(parts, 'added'), quoted: true },
      ];
    }
    case 'omission': {
      const omitted = numbers(data.omittedBy).filter((id) => name(id) !== undefined);
      const reporters = [...new Set(group.members.map((member) => member.articleId))].filter((id) => !omitted.includes(id));
      if (omitted.length === 0 || reporters.length === 0) return null;
      return [
        { outlets: names(reporters), text: group.label, quoted: group.kind === 'fact' },
        { outlets: names(omitted), text: null, quoted: false },
      ];
    }
  }
}
