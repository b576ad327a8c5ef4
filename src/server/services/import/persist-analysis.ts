import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Quote } from '@/pipeline/quotes/model';
import type { Claim } from '@/pipeline/stages/claims';
import type { Mention, Person } from '@/pipeline/stages/people';
import type { ArticleDoc } from '@/pipeline/types';
import { bulkInsert } from '../../database/bulk-insert';

type Tx = Prisma.TransactionClient;

const QUOTE_KIND = { direct: 'direct', partial: 'partial', 'according-to': 'according_to', transcript: 'transcript' } as const;

/**
 * Writes one article's per-article analysis (people and their aliases, mentions,
 * quotations with resolved speakers, claims) inside the caller's transaction.
 * People are per story: the same key in two articles is one person.
 */
export async function persistArticleAnalysis(
  tx: Tx,
  input: { storyId: number; articleId: number; doc: ArticleDoc; sentenceIds: Map<number, number> },
): Promise<void> {
  const { storyId, articleId, doc, sentenceIds } = input;
  const people = (doc.people as Person[] | undefined) ?? [];
  const personIds = new Map<string, number>();
  for (const person of people) {
    const row = await tx.person.upsert({
      where: { storyId_key: { storyId, key: person.key } },
      create: { storyId, key: person.key, name: person.name, role: person.role ?? null },
      update: {},
      select: { id: true },
    });
    personIds.set(person.key, row.id);
    await tx.personAlias.createMany({
      data: [...new Set([person.name, ...person.aliases])].map((alias) => ({ personId: row.id, alias })),
      skipDuplicates: true,
    });
  }

  const mentions = ((doc.mentions as Mention[] | undefined) ?? []).filter((mention) => personIds.has(mention.personKey));
  await bulkInsert(tx, {
    table: 'Mention',
    columns: { articleId: 'int', personId: 'int', sentenceId: 'int', start: 'int', end: 'int', kind: { enum: 'MentionKind' } },
    rows: mentions.map((mention) => ({
      articleId,
      personId: personIds.get(mention.personKey)!,
      sentenceId: sentenceIds.get(mention.sentenceIndex) ?? null,
      start: mention.start,
      end: mention.end,
      kind: mention.kind,
    })),
  });

  const quotes = (doc.quotes as Quote[] | undefined) ?? [];
  const speakers = (doc.quoteSpeakers as (string | null)[] | undefined) ?? [];
  await bulkInsert(tx, {
    table: 'Quote',
    columns: {
      articleId: 'int',
      sentenceId: 'int',
      start: 'int',
      end: 'int',
      text: 'text',
      speakerId: 'int',
      speakerLabel: 'text',
      verb: 'text',
      kind: { enum: 'QuoteKind' },
      confidence: 'float',
    },
    rows: quotes.flatMap((quote, index) =>
      quote.isQuotation
        ? [
            {
              articleId,
              sentenceId: sentenceIds.get(quote.sentenceIndex) ?? null,
              start: quote.start,
              end: quote.end,
              text: quote.text,
              speakerId: speakers[index] ? (personIds.get(speakers[index]!) ?? null) : null,
              speakerLabel: quote.speakerLabel,
              verb: quote.verb,
              kind: QUOTE_KIND[quote.kind],
              confidence: quote.confidence,
            },
          ]
        : [],
    ),
  });

  const claims = (doc.claims as Claim[] | undefined) ?? [];
  await bulkInsert(tx, {
    table: 'Claim',
    columns: {
      articleId: 'int',
      sentenceId: 'int',
      start: 'int',
      end: 'int',
      text: 'text',
      numbers: 'jsonb',
      dates: 'jsonb',
      personKeys: 'text[]',
    },
    rows: claims.map((claim) => ({
      articleId,
      sentenceId: sentenceIds.get(claim.sentenceIndex)!,
      start: claim.start,
      end: claim.end,
      text: claim.text,
      numbers: claim.quantities,
      dates: claim.dates,
      personKeys: claim.personKeys,
    })),
  });
}
