// Places editors' notes and rejected divergences on the story's current events and rows by
// their anchors (see place-anchored.ts), before the corrections are applied. A note's
// `targetKey` becomes the key of the event or row that now holds it, so every page and the
// PDF find it as before; one that nothing holds is marked detached.
import type { StoryAnalysisDto } from '../data/stories/get-story-analysis';
import type { CorrectionRow } from './apply-corrections';
import { AnchorIndex } from './place-anchored';

/** The anchors stored in a correction's data (a rejected divergence keeps its row's members), or none. */
export function correctionAnchors(data: Record<string, unknown>): string[] {
  const anchors = data.anchors;
  return Array.isArray(anchors) ? anchors.filter((anchor): anchor is string => typeof anchor === 'string') : [];
}

export function placeNotesAndCorrections(
  dto: StoryAnalysisDto,
  corrections: CorrectionRow[],
): { dto: StoryAnalysisDto; corrections: CorrectionRow[] } {
  const events = new AnchorIndex(dto.events.map((event) => ({ key: event.key, anchors: event.anchors ?? [] })));
  const groups = new AnchorIndex(
    dto.groups.map((group) => ({ key: group.key, anchors: group.members.flatMap((member) => member.key ?? []) })),
  );
  const annotations = dto.annotations.map((annotation) => {
    const index = annotation.targetType === 'event' ? events : groups;
    const key = index.place({ targetKey: annotation.targetKey, anchors: annotation.anchors ?? [] });
    return key === null ? { ...annotation, detached: true } : { ...annotation, targetKey: key };
  });
  const quoteKeys = new Set(dto.quotes.flatMap((quote) => quote.key ?? []));
  const detachedCorrectionIds: number[] = [];
  const placed = corrections.map((correction) => {
    if (correction.kind === 'reject_divergence') {
      const key = groups.place({ targetKey: correction.targetKey, anchors: correctionAnchors(correction.data) });
      if (key !== null) return { ...correction, targetKey: key };
      if (correction.id !== undefined) detachedCorrectionIds.push(correction.id);
    } else if (correction.kind === 'reassign_speaker' && !quoteKeys.has(correction.targetKey) && correction.id !== undefined) {
      detachedCorrectionIds.push(correction.id);
    }
    return correction;
  });
  return { dto: { ...dto, annotations, detachedCorrectionIds }, corrections: placed };
}
