// What a split or merge correction stores in Correction.data, read back for the pipeline
// (load-story-input) and for the "corrected by an editor" marks (apply-corrections). A row
// that does not fit (written by an older version, edited by hand) is ignored, not fatal.
import { z } from 'zod';
import type { GroupCorrection } from '@/pipeline/cross-article/group-constraints';

const memberKeys = z.array(z.string().min(1).max(400)).max(500);

export const groupCorrectionDataSchema = z.object({
  memberKind: z.enum(['fact', 'quote']),
  keys: memberKeys.min(1),
  otherKeys: memberKeys.min(1),
  /** The rows' labels when the editor made the correction: for the note shown to readers. */
  label: z.string().max(400).optional(),
  otherLabel: z.string().max(400).optional(),
});

export type GroupCorrectionData = z.infer<typeof groupCorrectionDataSchema>;

/** The pipeline's view of a stored split or merge, or null for another kind or bad data. */
export function groupCorrectionOf(kind: string, data: unknown): GroupCorrection | null {
  if (kind !== 'split_group' && kind !== 'merge_groups') return null;
  const parsed = groupCorrectionDataSchema.safeParse(data);
  if (!parsed.success) return null;
  return {
    kind: kind === 'split_group' ? 'split' : 'merge',
    memberKind: parsed.data.memberKind,
    keys: parsed.data.keys,
    otherKeys: parsed.data.otherKeys,
  };
}
