import 'server-only';
import { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import { noNul } from '@/lib/no-nul';
import { findGroupAnchors } from '../../data/anchors/find-target-anchors';
import { getDb } from '../../db';
import { AppError } from '../../errors';
import { queueReanalysis } from '../analyse/background-reanalysis';
import { resolveConfirm, resolveMerge, resolveSplit } from './group-corrections';

const groupKey = z
  .string()
  .min(1)
  .max(200)
  .refine(...noNul('key'));
const memberKeyField = z
  .string()
  .min(1)
  .max(400)
  .refine(...noNul('key'));

/** Every correction asks for an optional reason, listed in the story's history. */
const reason = z
  .string()
  .trim()
  .max(1000, { error: 'The reason is longer than 1,000 characters.' })
  .refine(...noNul('reason'))
  .optional();

export const correctionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('reject_divergence'),
    reason,
    targetKey: groupKey,
    divergenceKind: z.enum(['number', 'wording', 'attribution', 'date', 'omission']),
  }),
  z.object({
    kind: z.literal('reassign_speaker'),
    reason,
    targetKey: memberKeyField,
    personKey: z
      .string()
      .min(1, { error: 'Choose a speaker.' })
      .max(200)
      .refine(...noNul('personKey')),
  }),
  z.object({
    kind: z.literal('split_group'),
    reason,
    targetKey: groupKey,
    move: z.array(memberKeyField).min(1, 'Tick at least one claim to move out of the row.').max(100),
  }),
  // A possibly related row confirmed as one fact: stored as a merge of its members.
  z.object({
    kind: z.literal('confirm_group'),
    reason,
    targetKey: groupKey,
  }),
  z
    .object({
      kind: z.literal('merge_groups'),
      reason,
      targetKey: groupKey,
      withKey: groupKey,
    })
    .refine((input) => input.targetKey !== input.withKey, {
      message: 'A row cannot be merged with itself: choose another row.',
      path: ['withKey'],
    }),
]);

export type CorrectionInput = z.infer<typeof correctionSchema>;

/**
 * Stores an editor's correction of the analysis, apart from the computed rows, so it
 * survives every re-analysis. A rejected divergence or a reassigned speaker is applied
 * when the analysis is read. A split or a merge changes which claims are compared, so the
 * story is re-analysed in the background with the correction as a constraint (the run id
 * is returned; readers keep the previous analysis until the new one is complete).
 */
export async function createCorrection({
  slug,
  input,
  editorId,
}: {
  slug: string;
  input: CorrectionInput;
  editorId: number;
}): Promise<{ id: number; runId?: number }> {
  const db = getDb();
  const story = await db.story.findUnique({ where: { slug }, select: { id: true } });
  if (!story) throw new AppError('not_found', `No story "${slug}".`);
  if (input.kind === 'split_group' || input.kind === 'merge_groups' || input.kind === 'confirm_group') {
    const data =
      input.kind === 'split_group'
        ? await resolveSplit(db, story.id, input)
        : input.kind === 'merge_groups'
          ? await resolveMerge(db, story.id, input)
          : await resolveConfirm(db, story.id, input);
    // A confirmation is a merge of the row's own members: the alignment then joins them first, as one confident row.
    const kind = input.kind === 'confirm_group' ? 'merge_groups' : input.kind;
    const stored = await db.$transaction(async (tx) => {
      const row = await tx.correction.create({
        data: {
          storyId: story.id,
          kind,
          targetKey: data.keys[0],
          data: data as Prisma.InputJsonValue,
          editorId,
          reason: input.reason || null,
        },
        select: { id: true },
      });
      // A new revision: the story is "being updated" until the re-analysis catches up with it.
      await tx.story.update({ where: { id: story.id }, data: { revision: { increment: 1 } } });
      return { id: row.id, runId: await queueReanalysis(tx, { id: story.id, slug }, 'correction') };
    });
    return stored;
  }
  // What the history shows of the target, and (for a row) the anchors the rejection is placed by after a re-analysis.
  let context: Record<string, unknown>;
  if (input.kind === 'reject_divergence') {
    const found = await db.divergence.count({ where: { kind: input.divergenceKind, group: { storyId: story.id, key: input.targetKey } } });
    if (found === 0) throw new AppError('invalid_input', `This story has no ${input.divergenceKind} divergence on "${input.targetKey}".`);
    const row = await findGroupAnchors(db, { storyId: story.id, key: input.targetKey });
    context = { label: row?.label, anchors: row?.anchors ?? [] };
  } else {
    const person = await db.person.findFirst({ where: { storyId: story.id, key: input.personKey }, select: { name: true } });
    if (!person) throw new AppError('invalid_input', `This story has no person "${input.personKey}".`);
    context = { personName: person.name, label: await quoteTextOf(db, story.id, input.targetKey) };
  }
  const { kind, targetKey, reason: why, ...fields } = input;
  const data = { ...fields, ...context };
  return db.$transaction(async (tx) => {
    const row = await tx.correction.create({
      data: { storyId: story.id, kind, targetKey, data: data as Prisma.InputJsonValue, editorId, reason: why || null },
      select: { id: true },
    });
    // Cached pages key on the revision: the correction shows at once.
    await tx.story.update({ where: { id: story.id }, data: { revision: { increment: 1 }, analysedRevision: { increment: 1 } } });
    return row;
  });
}

/** The quoted words at a quotation's stable key (article file @ offset), for the history; refuses an unknown key. */
async function quoteTextOf(db: ReturnType<typeof getDb>, storyId: number, key: string): Promise<string> {
  const at = key.lastIndexOf('@');
  const start = Number(key.slice(at + 1));
  const quote =
    at > 0 && Number.isInteger(start)
      ? await db.quote.findFirst({ where: { start, article: { storyId, sourceFile: key.slice(0, at) } }, select: { text: true } })
      : null;
  if (!quote) throw new AppError('invalid_input', `This story has no quotation "${key}" (reload the page and try again).`);
  return quote.text.length > 200 ? `${quote.text.slice(0, 199)}…` : quote.text;
}
