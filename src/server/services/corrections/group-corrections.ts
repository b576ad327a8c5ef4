import { withoutInvisible } from '@/lib/invisible-chars';
import 'server-only';
import { memberKey } from '@/pipeline/cross-article/group-constraints';
import type { GroupCorrectionData } from '../../corrections/group-correction-data';
import type { Db } from '../../db';
import { AppError } from '../../errors';

// Turns an editor's split or merge of rows on the page (by the groups' current keys) into
// what is stored: the stable keys of the claims or quotations involved, which survive a
// re-analysis that changes the groups' keys. Refuses what cannot be done, saying why.

export type SplitInput = { kind: 'split_group'; targetKey: string; move: string[] };
export type MergeInput = { kind: 'merge_groups'; targetKey: string; withKey: string };
export type ConfirmInput = { kind: 'confirm_group'; targetKey: string };

interface CurrentGroup {
  key: string;
  kind: 'fact' | 'quote';
  label: string;
  members: { key: string; articleId: number; outlet: string }[];
}

const ARTICLE = { select: { sourceFile: true, outlet: { select: { name: true } } } } as const;

async function currentGroups(db: Db, storyId: number, keys: string[]): Promise<Map<string, CurrentGroup>> {
  const rows = await db.claimGroup.findMany({
    where: { storyId, key: { in: keys } },
    select: {
      key: true,
      kind: true,
      label: true,
      members: {
        select: {
          articleId: true,
          claim: { select: { start: true, article: ARTICLE } },
          quote: { select: { start: true, article: ARTICLE } },
        },
      },
    },
  });
  return new Map(
    rows.map((row) => [
      row.key,
      {
        key: row.key,
        kind: row.kind,
        label: row.label,
        members: row.members.flatMap((m) => {
          const item = m.claim ?? m.quote;
          return item
            ? [
                {
                  key: memberKey(item.article.sourceFile, item.start),
                  articleId: m.articleId,
                  outlet: withoutInvisible(item.article.outlet.name),
                },
              ]
            : [];
        }),
      },
    ]),
  );
}

const noRow = (key: string) =>
  new AppError(
    'invalid_input',
    `This story has no row "${key}" (the analysis may have changed since the page was loaded: reload it and try again).`,
  );

export async function resolveSplit(db: Db, storyId: number, input: SplitInput): Promise<GroupCorrectionData> {
  const group = (await currentGroups(db, storyId, [input.targetKey])).get(input.targetKey);
  if (!group) throw noRow(input.targetKey);
  const keys = new Set(group.members.map((member) => member.key));
  const unknown = input.move.filter((key) => !keys.has(key));
  if (unknown.length > 0)
    throw new AppError('invalid_input', `The row "${input.targetKey}" has no claim ${unknown.map((key) => `"${key}"`).join(', ')}.`);
  const moved = new Set(input.move);
  const remaining = group.members.filter((member) => !moved.has(member.key)).map((member) => member.key);
  if (remaining.length === 0)
    throw new AppError('invalid_input', 'Leave at least one claim in the row: tick only the ones that do not belong with the others.');
  return { memberKind: group.kind, keys: [...moved], otherKeys: remaining, label: group.label };
}

export async function resolveMerge(db: Db, storyId: number, input: MergeInput): Promise<GroupCorrectionData> {
  if (input.targetKey === input.withKey) throw new AppError('invalid_input', 'A row cannot be merged with itself: choose another row.');
  const groups = await currentGroups(db, storyId, [input.targetKey, input.withKey]);
  const group = groups.get(input.targetKey);
  const other = groups.get(input.withKey);
  if (!group) throw noRow(input.targetKey);
  if (!other) throw noRow(input.withKey);
  if (group.kind !== other.kind)
    throw new AppError('invalid_input', 'A claim row can only be merged with another claim row, and a quotation with another quotation.');
  const articles = new Set(group.members.map((member) => member.articleId));
  const shared = other.members.filter((member) => articles.has(member.articleId));
  if (shared.length > 0) {
    const outlets = [...new Set(shared.map((member) => member.outlet))].join(', ');
    throw new AppError(
      'invalid_input',
      `Both rows have a claim from the same article (${outlets}), and a row holds one claim per article. Split one of them first.`,
    );
  }
  return {
    memberKind: group.kind,
    keys: group.members.map((m) => m.key),
    otherKeys: other.members.map((m) => m.key),
    label: group.label,
    otherLabel: other.label,
  };
}

/** A possibly related row confirmed by an editor: its members must share a row (a merge of the row with itself). */
export async function resolveConfirm(db: Db, storyId: number, input: ConfirmInput): Promise<GroupCorrectionData> {
  const group = (await currentGroups(db, storyId, [input.targetKey])).get(input.targetKey);
  if (!group) throw noRow(input.targetKey);
  if (group.members.length < 2) throw new AppError('invalid_input', 'This row has one claim only: there is nothing to confirm.');
  const [first, ...rest] = group.members.map((member) => member.key);
  return { memberKind: group.kind, keys: [first], otherKeys: rest, label: group.label, otherLabel: group.label };
}
