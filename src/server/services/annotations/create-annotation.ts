import 'server-only';
import { z } from 'zod';
import { noNul } from '@/lib/no-nul';
import { findEventAnchors, findGroupAnchors } from '../../data/anchors/find-target-anchors';
import { getDb } from '../../db';
import { AppError } from '../../errors';

export const annotationTargets = ['event', 'claimGroup', 'quote'] as const;

export const annotationSchema = z.object({
  targetType: z.enum(annotationTargets, { error: `targetType must be one of ${annotationTargets.join(', ')}` }),
  targetKey: z
    .string()
    .trim()
    .min(1, { error: 'targetKey is missing' })
    .max(200)
    .refine(...noNul('targetKey')),
  body: z
    .string()
    .trim()
    .min(1, { error: 'The note is empty.' })
    .max(5000, { error: 'The note is longer than 5,000 characters.' })
    .refine(...noNul('note')),
});

export type AnnotationInput = z.infer<typeof annotationSchema>;

/**
 * Stores an editor's note on an event, claim group or quote group of a story (by its current
 * key), with the target's anchors (its claims', quotations' or source sentences' positions in
 * their articles), by which the note is placed again after every re-analysis.
 */
export async function createAnnotation({
  slug,
  input,
  author,
}: {
  slug: string;
  input: AnnotationInput;
  author: string;
}): Promise<{ id: number }> {
  const db = getDb();
  const story = await db.story.findUnique({ where: { slug }, select: { id: true } });
  if (!story) throw new AppError('not_found', `No story "${slug}".`);
  const where = { storyId: story.id, key: input.targetKey };
  const target = input.targetType === 'event' ? await findEventAnchors(db, where) : await findGroupAnchors(db, where);
  if (!target)
    throw new AppError(
      'invalid_input',
      `This story has no ${input.targetType} "${input.targetKey}" (the analysis may have changed since the page was loaded: reload it and try again).`,
    );
  const row = await db.$transaction(async (tx) => {
    const created = await tx.annotation.create({
      data: { storyId: story.id, ...input, author, anchors: target.anchors, targetLabel: target.label },
      select: { id: true },
    });
    // Cached pages key on the revision: a new note must show at once.
    await tx.story.update({ where: { id: story.id }, data: { revision: { increment: 1 }, analysedRevision: { increment: 1 } } });
    return created;
  });
  return row;
}
