import 'server-only';
import { z } from 'zod';
import { getDb } from '../../db';
import { AppError } from '../../errors';
import { queueReanalysis } from '../analyse/background-reanalysis';

export const undoCorrectionSchema = z.object({
  id: z.coerce
    .number({ error: 'id must be the number of a correction in the story history' })
    .int({ error: 'id must be a whole number' })
    .positive({ error: 'id must be a positive number' })
    .max(2_147_483_647, { error: 'id is too large' }),
});

export type UndoCorrectionInput = z.infer<typeof undoCorrectionSchema>;

/**
 * Undoes an editor's correction from the story's history. The row stays (the history shows
 * who undid it and when); it no longer applies. A split or merge changed the alignment
 * itself, so the story is re-analysed without it by a worker (a durable job, server/jobs).
 */
export async function undoCorrection({
  slug,
  input,
  editor,
}: {
  slug: string;
  input: UndoCorrectionInput;
  editor: string;
}): Promise<{ id: number; runId?: number }> {
  const db = getDb();
  const story = await db.story.findUnique({ where: { slug }, select: { id: true } });
  if (!story) throw new AppError('not_found', `No story "${slug}".`);
  const correction = await db.correction.findFirst({
    where: { id: input.id, storyId: story.id },
    select: { id: true, kind: true, undoneAt: true },
  });
  if (!correction) throw new AppError('not_found', `This story has no correction ${input.id}: reload its history and try again.`);
  if (correction.undoneAt) throw new AppError('invalid_input', `Correction ${input.id} was already undone.`, { status: 409 });
  const reshapes = correction.kind === 'split_group' || correction.kind === 'merge_groups';
  const result = await db.$transaction(async (tx) => {
    // Only one undo wins when two editors press it at once.
    const { count } = await tx.correction.updateMany({
      where: { id: correction.id, undoneAt: null },
      data: { undoneAt: new Date(), undoneBy: editor },
    });
    if (count === 0) throw new AppError('invalid_input', `Correction ${input.id} was already undone.`, { status: 409 });
    if (!reshapes) {
      await tx.story.update({ where: { id: story.id }, data: { revision: { increment: 1 }, analysedRevision: { increment: 1 } } });
      return { id: correction.id };
    }
    await tx.story.update({ where: { id: story.id }, data: { revision: { increment: 1 } } });
    return { id: correction.id, runId: await queueReanalysis(tx, { id: story.id, slug }, 'correction') };
  });
  return result;
}
