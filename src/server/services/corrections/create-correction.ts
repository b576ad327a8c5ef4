import 'server-only';
import { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import { getDb } from '../../db';
import { AppError } from '../../errors';

export const correctionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('reject_divergence'),
    targetKey: z.string().min(1).max(200),
    divergenceKind: z.enum(['number', 'wording', 'attribution', 'date', 'omission']),
  }),
  z.object({
    kind: z.literal('reassign_speaker'),
    targetKey: z.string().min(1).max(400),
    personKey: z.string().min(1).max(200),
  }),
]);

export type CorrectionInput = z.infer<typeof correctionSchema>;

/**
 * Stores an editor's correction of the analysis. It is kept apart from the computed rows
 * and applied when the analysis is read, so it survives every re-analysis.
 */
export async function createCorrection({ slug, input, editorId }: { slug: string; input: CorrectionInput; editorId: number }): Promise<{ id: number }> {
  const db = getDb();
  const story = await db.story.findUnique({ where: { slug }, select: { id: true } });
  if (!story) throw new AppError('not_found', `No story "${slug}".`);
  if (input.kind === 'reject_divergence') {
    const found = await db.divergence.count({ where: { kind: input.divergenceKind, group: { storyId: story.id, key: input.targetKey } } });
    if (found === 0) throw new AppError('invalid_input', `This story has no ${input.divergenceKind} divergence on "${input.targetKey}".`);
  } else {
    const person = await db.person.count({ where: { storyId: story.id, key: input.personKey } });
    if (person === 0) throw new AppError('invalid_input', `This story has no person "${input.personKey}".`);
  }
  const { kind, targetKey, ...data } = input;
  return db.$transaction(async (tx) => {
    const row = await tx.correction.create({ data: { storyId: story.id, kind, targetKey, data: data as Prisma.InputJsonValue, editorId }, select: { id: true } });
    // Cached pages key on the revision: the correction shows at once.
    await tx.story.update({ where: { id: story.id }, data: { revision: { increment: 1 }, analysedRevision: { increment: 1 } } });
    return row;
  });
}
