// The story's history page as data: each correction described in words, with who made it,
// when, why, and whether it still applies; and the editors' notes that no longer have a place.
import { compareHref, quotesHref } from '@/lib/links';
import type { AnnotationDto } from '@/server/data/stories/get-story-analysis';
import type { HistoryEntryDto } from '@/server/data/stories/get-story-history';

export type HistoryStatus = 'applied' | 'undone' | 'detached';

export interface HistoryItem {
  id: number;
  anchor: string;
  action: string;
  /** What it was made on: the row's label, or the quoted words. */
  target: string | null;
  otherTarget: string | null;
  reason: string | null;
  editor: string;
  createdAt: string;
  status: HistoryStatus;
  undoneBy: string | null;
  undoneAt: string | null;
  /** Where the corrected judgement is shown. */
  href: string;
}

export interface DetachedNote {
  id: number;
  kind: string;
  target: string | null;
  body: string;
  author: string | null;
  createdAt: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const count = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

function describeEntry(entry: HistoryEntryDto): { action: string; target: string | null; otherTarget: string | null } {
  const { data } = entry;
  const item = data.memberKind === 'quote' ? 'quotation' : 'claim';
  switch (entry.kind) {
    case 'reject_divergence':
      return { action: `Marked the ${text(data.divergenceKind) ?? ''} divergence as wrong`, target: text(data.label), otherTarget: null };
    case 'reassign_speaker':
      return {
        action: `Reassigned the speaker of a quotation to ${text(data.personName) ?? text(data.personKey) ?? 'another person'}`,
        target: text(data.label),
        otherTarget: null,
      };
    case 'split_group': {
      const moved = count(data.keys);
      return {
        action: `Moved ${moved === 1 ? `a ${item}` : `${moved} ${item}s`} out of a row`,
        target: text(data.label),
        otherTarget: null,
      };
    }
    case 'merge_groups':
      return text(data.label) !== null && data.label === data.otherLabel
        ? { action: 'Confirmed a possibly related row as one fact', target: text(data.label), otherTarget: null }
        : { action: 'Merged two rows into one', target: text(data.label), otherTarget: text(data.otherLabel) };
  }
}

export function buildHistoryView(
  slug: string,
  entries: HistoryEntryDto[],
  detachedCorrectionIds: readonly number[],
  annotations: readonly AnnotationDto[],
): { items: HistoryItem[]; detachedNotes: DetachedNote[] } {
  const detached = new Set(detachedCorrectionIds);
  const items = entries.map((entry): HistoryItem => {
    const status: HistoryStatus = entry.undoneAt ? 'undone' : detached.has(entry.id) ? 'detached' : 'applied';
    return {
      id: entry.id,
      anchor: `correction-${entry.id}`,
      ...describeEntry(entry),
      reason: entry.reason,
      editor: entry.editor ?? 'a former editor',
      createdAt: entry.createdAt,
      status,
      undoneBy: entry.undoneBy,
      undoneAt: entry.undoneAt,
      href: entry.kind === 'reassign_speaker' ? quotesHref(slug) : compareHref(slug),
    };
  });
  const detachedNotes = annotations
    .filter((annotation) => annotation.detached)
    .map((annotation) => ({
      id: annotation.id,
      kind: annotation.targetType === 'event' ? 'Timeline event' : annotation.targetType === 'quote' ? 'Quotation' : 'Compared row',
      target: annotation.targetLabel ?? null,
      body: annotation.body,
      author: annotation.author,
      createdAt: annotation.createdAt,
    }));
  return { items, detachedNotes };
}
