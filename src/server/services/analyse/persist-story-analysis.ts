import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { StoryAnalysis } from '@/pipeline/cross-article/types';
import { bulkInsert } from '../../database/bulk-insert';
import { readInPages } from '../../database/read-in-pages';

type Tx = Prisma.TransactionClient;

/**
 * Replaces a story's cross-article analysis (families, claim groups with members and
 * divergences, events with their sources, framing terms) inside the caller's transaction.
 */
export async function persistStoryAnalysis(tx: Tx, storyId: number, analysis: StoryAnalysis): Promise<void> {
  await tx.claimGroup.deleteMany({ where: { storyId } });
  await tx.event.deleteMany({ where: { storyId } });
  await tx.framingTerm.deleteMany({ where: { storyId } });

  await tx.article.updateMany({ where: { storyId }, data: { familyKey: null } });
  for (const family of analysis.families) {
    await tx.article.updateMany({ where: { storyId, id: { in: family.articleIds } }, data: { familyKey: family.key } });
  }

  const groups = await bulkInsert<{ id: number; key: string }>(tx, {
    table: 'ClaimGroup',
    columns: { storyId: 'int', key: 'text', kind: { enum: 'GroupKind' }, status: { enum: 'GroupStatus' }, label: 'text', score: 'float' },
    rows: analysis.groups.map((group) => ({
      storyId,
      key: group.key,
      kind: group.kind,
      status: group.status,
      label: group.label,
      score: group.score,
    })),
    returning: ['id', 'key'],
  });
  const groupIds = new Map(groups.map((row) => [row.key, row.id]));
  const members = await bulkInsert<{ id: number; groupId: number; claimId: number | null; quoteId: number | null }>(tx, {
    table: 'ClaimGroupMember',
    columns: { groupId: 'int', articleId: 'int', claimId: 'int', quoteId: 'int', similarity: 'float' },
    rows: analysis.groups.flatMap((group) =>
      group.members.map((member) => ({
        groupId: groupIds.get(group.key)!,
        articleId: member.articleId,
        claimId: member.claimId ?? null,
        quoteId: member.quoteId ?? null,
        similarity: member.similarity,
      })),
    ),
    returning: ['id', 'groupId', 'claimId', 'quoteId'],
  });
  const memberId = new Map(members.map((row) => [`${row.groupId}:${row.claimId ?? ''}:${row.quoteId ?? ''}`, row.id]));
  const divergences = await bulkInsert<{ id: number; groupId: number; kind: string }>(tx, {
    table: 'Divergence',
    columns: { groupId: 'int', kind: { enum: 'DivergenceKind' }, detail: 'text', score: 'float', data: 'jsonb' },
    rows: analysis.groups.flatMap((group) =>
      group.divergences.map((divergence) => ({
        groupId: groupIds.get(group.key)!,
        kind: divergence.kind,
        detail: divergence.detail,
        score: divergence.score,
        data: divergence.data,
      })),
    ),
    returning: ['id', 'groupId', 'kind'],
  });
  const divergenceId = new Map(divergences.map((row) => [`${row.groupId}:${row.kind}`, row.id]));
  await bulkInsert(tx, {
    table: 'DivergenceMember',
    columns: { divergenceId: 'int', memberId: 'int' },
    rows: analysis.groups.flatMap((group) => {
      const groupId = groupIds.get(group.key)!;
      return group.divergences.flatMap((divergence) =>
        divergence.memberIndexes.map((index) => {
          const member = group.members[index];
          return {
            divergenceId: divergenceId.get(`${groupId}:${divergence.kind}`)!,
            memberId: memberId.get(`${groupId}:${member.claimId ?? ''}:${member.quoteId ?? ''}`)!,
          };
        }),
      );
    }),
    skipDuplicates: true,
  });

  const events = await bulkInsert<{ id: number; key: string }>(tx, {
    table: 'Event',
    columns: { storyId: 'int', key: 'text', date: 'text', precision: { enum: 'DatePrecision' }, label: 'text', note: 'text' },
    rows: analysis.events.map((event) => ({
      storyId,
      key: event.key,
      date: event.date,
      precision: event.precision,
      label: event.label,
      note: event.note,
    })),
    returning: ['id', 'key'],
  });
  const eventIds = new Map(events.map((row) => [row.key, row.id]));
  const sentences = await readInPages((afterId, take) =>
    tx.sentence.findMany({
      where: { article: { storyId }, id: { gt: afterId } },
      orderBy: { id: 'asc' },
      take,
      select: { id: true, articleId: true, index: true },
    }),
  );
  const sentenceId = new Map(sentences.map((row) => [`${row.articleId}:${row.index}`, row.id]));
  await bulkInsert(tx, {
    table: 'EventSource',
    columns: { eventId: 'int', articleId: 'int', sentenceId: 'int' },
    rows: analysis.events.flatMap((event) =>
      event.sources.flatMap((source) => {
        const id = sentenceId.get(`${source.articleId}:${source.sentenceIndex}`);
        return id ? [{ eventId: eventIds.get(event.key)!, articleId: source.articleId, sentenceId: id }] : [];
      }),
    ),
    skipDuplicates: true,
  });

  const outletIds = new Map(
    (await tx.article.findMany({ where: { storyId }, select: { outletId: true, outlet: { select: { name: true } } } })).map((row) => [
      row.outlet.name,
      row.outletId,
    ]),
  );
  await bulkInsert(tx, {
    table: 'FramingTerm',
    columns: { storyId: 'int', outletId: 'int', scope: { enum: 'FramingScope' }, term: 'text', zScore: 'float', count: 'int' },
    rows: analysis.framing.flatMap((term) => {
      const outletId = outletIds.get(term.outlet);
      return outletId ? [{ storyId, outletId, scope: term.scope, term: term.term, zScore: term.zScore, count: term.count }] : [];
    }),
  });
}
