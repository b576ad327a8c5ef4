// A divergence as it holds between the chosen outlets: the figures, speakers, omissions and
// word diffs of the chosen outlets only, or nothing when it does not involve two of them. Pure.
import { diffWords } from 'diff';
import type { ClaimGroupDto, DivergenceDto, OutletDto } from '@/server/data/stories/get-story-analysis';
import type { CompareDivergence, TextSegment } from './compare-types';

const normalise = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function numbersOf(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((item): item is number => typeof item === 'number') : [];
}

function recordsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null) : [];
}

/** Splits `text` so that each of `marks` (first occurrence) is its own marked segment. */
export function markSegments(text: string, marks: string[]): TextSegment[] {
  const ranges: [number, number][] = [];
  for (const mark of marks) {
    if (!mark) continue;
    const start = text.indexOf(mark);
    if (start < 0) continue;
    const end = start + mark.length;
    if (ranges.some(([a, b]) => start < b && end > a)) continue;
    ranges.push([start, end]);
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start) });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
  return segments;
}

export interface Context {
  slug: string;
  outletOfArticle: Map<number, OutletDto>;
  chosen: Set<string>;
  columnIndex: Map<string, number>;
  speakerOfQuote: Map<number, string | null>;
}

/** The divergence as it holds between the chosen outlets, or null when it does not involve two of them. */
export function divergenceForChoice(divergence: DivergenceDto, group: ClaimGroupDto, ctx: Context): CompareDivergence | null {
  const outletName = (articleId: number) => ctx.outletOfArticle.get(articleId)?.name ?? `Article ${articleId}`;
  const isChosen = (articleId: number) => ctx.chosen.has(ctx.outletOfArticle.get(articleId)?.slug ?? '');
  const base: CompareDivergence = {
    id: divergence.id,
    kind: divergence.kind,
    detail: divergence.detail,
    score: divergence.score,
    involvesOthers: divergence.articleIds.some((articleId) => !isChosen(articleId)),
    diffs: [],
    figures: [],
    speakers: [],
    omittedBy: [],
  };
  const data = divergence.data ?? {};
  const members = group.members.filter((member) => divergence.memberIds.length === 0 || divergence.memberIds.includes(member.id));
  const chosenMembers = members.filter((member) => isChosen(member.articleId));
  const chosenOutlets = new Set(chosenMembers.map((member) => ctx.outletOfArticle.get(member.articleId)!.slug));

  switch (divergence.kind) {
    case 'omission': {
      const omitted = numbersOf(data.omittedBy).filter(isChosen);
      const reported = (
        Array.isArray(data.reportedBy) ? numbersOf(data.reportedBy) : group.members.map((member) => member.articleId)
      ).filter(isChosen);
      if (omitted.length === 0 || reported.length === 0) return null;
      return { ...base, omittedBy: [...new Set(omitted.map(outletName))] };
    }
    case 'number': {
      const figures = recordsOf(data.figures)
        .map((figure) => ({ articles: numbersOf(figure.articles), texts: Array.isArray(figure.texts) ? figure.texts.map(String) : [] }))
        .filter((figure) => figure.articles.length >= 2 && figure.articles.every(isChosen));
      if (figures.length > 0) {
        return {
          ...base,
          figures: figures.map((figure) =>
            figure.articles.map((articleId, index) => ({ outletName: outletName(articleId), text: figure.texts[index] ?? '' })),
          ),
        };
      }
      return Array.isArray(data.figures) || chosenOutlets.size < 2 ? null : base;
    }
    case 'attribution': {
      const speakers = recordsOf(data.speakers)
        .filter((entry) => typeof entry.articleId === 'number' && isChosen(entry.articleId))
        .map((entry) => ({ outletName: outletName(entry.articleId as number), speaker: String(entry.speaker ?? 'unattributed') }));
      if (Array.isArray(data.speakers)) return new Set(speakers.map((entry) => entry.speaker)).size >= 2 ? { ...base, speakers } : null;
      return chosenOutlets.size >= 2 ? base : null;
    }
    case 'wording': {
      if (chosenOutlets.size < 2) return null;
      const anchorArticleId = typeof data.anchorArticleId === 'number' ? data.anchorArticleId : null;
      const variants = recordsOf(data.variants).filter((variant) => typeof variant.articleId === 'number' && Array.isArray(variant.parts));
      if (anchorArticleId !== null && isChosen(anchorArticleId)) {
        const diffs = variants
          .filter((variant) => isChosen(variant.articleId as number))
          .map((variant) => ({
            outletName: outletName(variant.articleId as number),
            againstName: outletName(anchorArticleId),
            parts: recordsOf(variant.parts).map((part) => ({
              value: String(part.value ?? ''),
              ...(part.added ? { added: true } : {}),
              ...(part.removed ? { removed: true } : {}),
            })),
            fragment: variant.fragment === true,
          }));
        return diffs.length > 0 ? { ...base, diffs } : null;
      }
      // The reference rendering is not among the chosen outlets: diff the chosen ones against the first column's.
      const ordered = [...chosenMembers].sort((a, b) => columnOf(a.articleId, ctx) - columnOf(b.articleId, ctx));
      const reference = ordered[0];
      const diffs = ordered
        .slice(1)
        .filter((member) => normalise(member.text) !== normalise(reference.text))
        .map((member) => ({
          outletName: outletName(member.articleId),
          againstName: outletName(reference.articleId),
          parts: diffWords(reference.text, member.text).map(({ value, added, removed }) => ({
            value,
            ...(added ? { added: true } : {}),
            ...(removed ? { removed: true } : {}),
          })),
          fragment: false,
        }));
      return diffs.length > 0 ? { ...base, diffs } : null;
    }
    default: {
      const pairs = recordsOf(data.dates).map((entry) => numbersOf(entry.articles));
      if (pairs.length > 0) return pairs.some((articles) => articles.length >= 2 && articles.every(isChosen)) ? base : null;
      return chosenOutlets.size >= 2 ? base : null;
    }
  }
}

export function columnOf(articleId: number, ctx: Context): number {
  return ctx.columnIndex.get(ctx.outletOfArticle.get(articleId)?.slug ?? '') ?? Number.MAX_SAFE_INTEGER;
}

export function figureMarks(divergences: CompareDivergence[], outletName: string): string[] {
  return divergences.flatMap((divergence) =>
    divergence.figures.flatMap((pair) => pair.filter((figure) => figure.outletName === outletName).map((figure) => figure.text)),
  );
}
