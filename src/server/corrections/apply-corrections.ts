// Editors' corrections, applied over the computed analysis when it is read. They are
// stored apart (Correction rows keyed by stable keys), so a re-analysis that recomputes
// the groups is corrected again; a correction whose target no longer exists does nothing.
import type { ClaimGroupDto, QuoteDto, StoryAnalysisDto } from '../data/stories/get-story-analysis';

export interface CorrectionRow {
  kind: 'split_group' | 'merge_groups' | 'reject_divergence' | 'reassign_speaker';
  targetKey: string;
  data: Record<string, unknown>;
  editor: string | null;
  createdAt: string;
}

/** The stable key of a quotation: its article's file and where the quoted words start. */
export const quoteKey = (sourceFile: string, start: number) => `${sourceFile}@${start}`;

function statusAfter(group: ClaimGroupDto): ClaimGroupDto['status'] {
  if (group.status === 'single') return 'single';
  return group.divergences.some((divergence) => divergence.kind !== 'omission') ? 'diverged' : 'agreed';
}

export function applyCorrections(dto: StoryAnalysisDto, corrections: CorrectionRow[], quoteStarts: Map<number, string>): StoryAnalysisDto {
  if (corrections.length === 0) return dto;
  const people = new Map(dto.people.map((person) => [person.key, person.id]));
  const groups = dto.groups.map((group) => {
    const rejected = corrections.filter((c) => c.kind === 'reject_divergence' && c.targetKey === group.key);
    if (rejected.length === 0) return group;
    const kinds = new Set(rejected.map((c) => String(c.data.divergenceKind)));
    const corrected: ClaimGroupDto = {
      ...group,
      divergences: group.divergences.filter((divergence) => !kinds.has(divergence.kind)),
      corrections: rejected.map((c) => ({ note: `An editor marked the ${String(c.data.divergenceKind)} divergence as wrong`, editor: c.editor, createdAt: c.createdAt })),
    };
    return { ...corrected, status: statusAfter(corrected) };
  });
  const quotes = dto.quotes.map((quote): QuoteDto => {
    const key = quoteStarts.get(quote.id);
    const reassigned = corrections.filter((c) => c.kind === 'reassign_speaker' && c.targetKey === key).at(-1);
    if (!reassigned) return quote;
    const personId = people.get(String(reassigned.data.personKey)) ?? null;
    return { ...quote, speakerId: personId, speakerLabel: personId ? quote.speakerLabel : String(reassigned.data.label ?? quote.speakerLabel ?? ''), correctedBy: reassigned.editor ?? 'an editor' };
  });
  return { ...dto, groups, quotes };
}
