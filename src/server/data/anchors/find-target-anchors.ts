import 'server-only';
import { memberKey } from '@/pipeline/cross-article/group-constraints';
import type { Db } from '../../db';

export interface TargetAnchors {
  label: string;
  /** Stable keys (article file @ offset): a row's claims or quotations, an event's source sentences. */
  anchors: string[];
}

const ARTICLE = { select: { sourceFile: true } } as const;

/** A story's event by its current key, with its source sentences' stable keys, or null. */
export async function findEventAnchors(db: Db, { storyId, key }: { storyId: number; key: string }): Promise<TargetAnchors | null> {
  const event = await db.event.findUnique({
    where: { storyId_key: { storyId, key } },
    select: { label: true, sources: { select: { sentence: { select: { start: true, article: ARTICLE } } } } },
  });
  if (!event) return null;
  return { label: event.label, anchors: event.sources.map(({ sentence }) => memberKey(sentence.article.sourceFile, sentence.start)) };
}

/** A story's row (claim group or quotation group) by its current key, with its members' stable keys, or null. */
export async function findGroupAnchors(db: Db, { storyId, key }: { storyId: number; key: string }): Promise<TargetAnchors | null> {
  const group = await db.claimGroup.findUnique({
    where: { storyId_key: { storyId, key } },
    select: {
      label: true,
      members: { select: { claim: { select: { start: true, article: ARTICLE } }, quote: { select: { start: true, article: ARTICLE } } } },
    },
  });
  if (!group) return null;
  return {
    label: group.label,
    anchors: group.members.flatMap((member) => {
      const item = member.claim ?? member.quote;
      return item ? [memberKey(item.article.sourceFile, item.start)] : [];
    }),
  };
}
