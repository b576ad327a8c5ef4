// Editors' corrections, applied over the computed analysis when it is read. They are
// stored apart (Correction rows keyed by stable keys), so a re-analysis that recomputes
// the groups is corrected again; a correction whose target no longer exists does nothing.
import { memberKey } from '@/pipeline/cross-article/group-constraints';
import type { ClaimGroupDto, QuoteDto, StoryAnalysisDto } from '../data/stories/get-story-analysis';
import { groupCorrectionDataSchema } from './group-correction-data';

export interface CorrectionRow {
  id?: number;
  kind: 'split_group' | 'merge_groups' | 'reject_divergence' | 'reassign_speaker';
  targetKey: string;
  data: Record<string, unknown>;
  editor: string | null;
  createdAt: string;
}

/** The stable key of a quotation (or a claim): its article's file and where its text starts. */
export const quoteKey = memberKey;

type GroupNote = NonNullable<ClaimGroupDto['corrections']>[number];

/**
 * Splits and merges are applied by the analysis itself (as constraints); here a group that
 * shows one gets its mark. Only once it does: until the re-analysis has run, the old
 * groups hold both sides and are not marked.
 */
export function groupCorrectionNotes(group: ClaimGroupDto, corrections: CorrectionRow[]): GroupNote[] {
  const keys = new Set(group.members.flatMap((member) => member.key ?? []));
  const notes: GroupNote[] = [];
  const item = group.kind === 'quote' ? 'quotation' : 'claim';
  for (const correction of corrections) {
    if (correction.kind !== 'split_group' && correction.kind !== 'merge_groups') continue;
    const data = groupCorrectionDataSchema.safeParse(correction.data);
    if (!data.success || data.data.memberKind !== group.kind) continue;
    const mine = data.data.keys.filter((key) => keys.has(key)).length;
    const others = data.data.otherKeys.filter((key) => keys.has(key)).length;
    const by = { editor: correction.editor, createdAt: correction.createdAt };
    if (correction.kind === 'merge_groups') {
      if (mine > 0 && others > 0) notes.push({ note: 'An editor merged two rows into this one', ...by });
    } else if (mine > 0 && others === 0) {
      notes.push({ note: `An editor moved ${mine === 1 ? `this ${item}` : `these ${item}s`} out of another row`, ...by });
    } else if (others > 0 && mine === 0) {
      notes.push({
        note: `An editor moved ${data.data.keys.length === 1 ? `a ${item}` : `${data.data.keys.length} ${item}s`} out of this row`,
        ...by,
      });
    }
  }
  return notes;
}

function statusAfter(group: ClaimGroupDto): ClaimGroupDto['status'] {
  if (group.status === 'single' || group.status === 'possible') return group.status;
  return group.divergences.some((divergence) => divergence.kind !== 'omission') ? 'diverged' : 'agreed';
}

export function applyCorrections(dto: StoryAnalysisDto, corrections: CorrectionRow[], quoteStarts: Map<number, string>): StoryAnalysisDto {
  if (corrections.length === 0) return dto;
  const people = new Map(dto.people.map((person) => [person.key, person.id]));
  const groups = dto.groups.map((group) => {
    const rejected = corrections.filter((c) => c.kind === 'reject_divergence' && c.targetKey === group.key);
    const reshaped = groupCorrectionNotes(group, corrections);
    if (rejected.length === 0 && reshaped.length === 0) return group;
    const kinds = new Set(rejected.map((c) => String(c.data.divergenceKind)));
    const corrected: ClaimGroupDto = {
      ...group,
      divergences: group.divergences.filter((divergence) => !kinds.has(divergence.kind)),
      corrections: [
        ...reshaped,
        ...rejected.map((c) => ({
          note: `An editor marked the ${String(c.data.divergenceKind)} divergence as wrong`,
          editor: c.editor,
          createdAt: c.createdAt,
        })),
      ],
    };
    return { ...corrected, status: statusAfter(corrected) };
  });
  const quotes = dto.quotes.map((quote): QuoteDto => {
    const key = quoteStarts.get(quote.id);
    const reassigned = corrections.filter((c) => c.kind === 'reassign_speaker' && c.targetKey === key).at(-1);
    if (!reassigned) return quote;
    const personId = people.get(String(reassigned.data.personKey)) ?? null;
    return {
      ...quote,
      speakerId: personId,
      speakerLabel: personId ? quote.speakerLabel : String(reassigned.data.label ?? quote.speakerLabel ?? ''),
      correctedBy: reassigned.editor ?? 'an editor',
    };
  });
  return { ...dto, groups, quotes };
}
