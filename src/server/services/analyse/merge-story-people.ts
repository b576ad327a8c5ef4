import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { accentedDisplayName, resolveStoryPeople } from '@/pipeline/cross-article/resolve-people';

type Tx = Prisma.TransactionClient;

/**
 * Merges the people of a story that are another person under a shorter name (see
 * resolve-people.ts), inside the caller's transaction: their mentions, quotations and
 * claims move to that person, their names become its aliases. Runs before every
 * re-analysis, so the order in which articles arrive does not matter. Returns the merges.
 */
export async function mergeStoryPeople(tx: Tx, storyId: number): Promise<Map<string, string>> {
  const people = await tx.person.findMany({
    where: { storyId },
    select: { id: true, key: true, name: true, role: true, aliases: { select: { alias: true } } },
  });
  const mentioned = await tx.mention.groupBy({ by: ['personId', 'articleId'], where: { person: { storyId } } });
  const articles = new Map<number, number>();
  for (const row of mentioned) articles.set(row.personId, (articles.get(row.personId) ?? 0) + 1);
  const merges = resolveStoryPeople(people.map((person) => ({ key: person.key, articles: articles.get(person.id) ?? 0 })));
  const byKey = new Map(people.map((person) => [person.key, person]));
  // Each kept person's spellings, the merged ones' included: what the display name is chosen from.
  const spellings = new Map(people.map((person) => [person.id, new Set([person.name, ...person.aliases.map((row) => row.alias)])]));
  for (const [fromKey, toKey] of merges) {
    const from = byKey.get(fromKey)!;
    const to = byKey.get(toKey)!;
    await tx.mention.updateMany({ where: { personId: from.id }, data: { personId: to.id } });
    await tx.quote.updateMany({ where: { speakerId: from.id }, data: { speakerId: to.id } });
    await tx.$executeRaw`
      UPDATE "Claim" AS c SET "personKeys" = ARRAY(SELECT DISTINCT unnest(array_replace(c."personKeys", ${fromKey}, ${toKey})))
      FROM "Article" AS a
      WHERE a."id" = c."articleId" AND a."storyId" = ${storyId} AND ${fromKey} = ANY(c."personKeys")`;
    const moved = spellings.get(from.id)!;
    await tx.personAlias.createMany({ data: [...moved].map((alias) => ({ personId: to.id, alias })), skipDuplicates: true });
    for (const alias of moved) spellings.get(to.id)!.add(alias);
    await tx.person.delete({ where: { id: from.id } });
    if (!to.role && from.role) {
      await tx.person.update({ where: { id: to.id }, data: { role: from.role } });
      to.role = from.role;
    }
  }
  for (const person of people) {
    if (merges.has(person.key)) continue;
    const shown = accentedDisplayName(person.name, [...spellings.get(person.id)!]);
    if (shown !== person.name) await tx.person.update({ where: { id: person.id }, data: { name: shown } });
  }
  return merges;
}
