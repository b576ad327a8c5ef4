import { withoutInvisible } from '@/lib/invisible-chars';
import 'server-only';
import { getDb } from '../../db';

// The story's history of editors' corrections, newest first, undone ones included (they say
// who undid them and when). Read fresh, not from the page cache: it is an editor's page.

export interface HistoryEntryDto {
  id: number;
  kind: 'split_group' | 'merge_groups' | 'reject_divergence' | 'reassign_speaker';
  targetKey: string;
  data: Record<string, unknown>;
  reason: string | null;
  editor: string | null;
  createdAt: string;
  undoneAt: string | null;
  undoneBy: string | null;
}

/** The corrections of a story, or null for an unknown story. */
export async function getStoryHistory({ slug }: { slug: string }): Promise<{ title: string; entries: HistoryEntryDto[] } | null> {
  const db = getDb();
  const story = await db.story.findUnique({ where: { slug }, select: { id: true, title: true } });
  if (!story) return null;
  const rows = await db.correction.findMany({
    where: { storyId: story.id },
    orderBy: { id: 'desc' },
    take: 1000,
    select: {
      id: true,
      kind: true,
      targetKey: true,
      data: true,
      reason: true,
      createdAt: true,
      undoneAt: true,
      undoneBy: true,
      editor: { select: { email: true } },
    },
  });
  return {
    title: withoutInvisible(story.title),
    entries: rows.map(({ editor, data, createdAt, undoneAt, ...row }) => ({
      ...row,
      data: (data ?? {}) as Record<string, unknown>,
      editor: editor?.email ?? null,
      createdAt: createdAt.toISOString(),
      undoneAt: undoneAt?.toISOString() ?? null,
    })),
  };
}
