// The JSON export contract (DESIGN.md): field names are fixed; more fields are added
// freely. One zod schema so the server, the CLI and the tests agree on the shape.
import { z } from 'zod';

const divergenceKind = z.enum(['number', 'wording', 'attribution', 'date', 'omission']);

export const storyExportSchema = z.object({
  story: z.object({ slug: z.string(), title: z.string(), revision: z.number().int(), generatedAt: z.string() }),
  articles: z.array(
    z.object({
      id: z.number().int(),
      sourceFile: z.string(),
      outlet: z.string(),
      headline: z.string(),
      publishedAt: z.string(),
      url: z.string().nullable(),
      language: z.string(),
      wordCount: z.number().int(),
      sourceFamily: z.string().nullable(),
    }),
  ),
  people: z.array(z.object({ id: z.number().int(), name: z.string(), aliases: z.array(z.string()) })),
  quotes: z.array(
    z.object({
      id: z.number().int(),
      articleId: z.number().int(),
      speakerId: z.number().int().nullable(),
      speakerLabel: z.string().nullable(),
      text: z.string(),
      kind: z.enum(['direct', 'partial', 'according_to', 'transcript']),
      verb: z.string().nullable(),
    }),
  ),
  counts: z.object({ agreed: z.number().int(), diverged: z.number().int(), possible: z.number().int(), single: z.number().int() }),
  claims: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['fact', 'quote']),
      // 'possible': the members may be one fact; the analysis is not sure, so the row carries no verdict.
      status: z.enum(['agreed', 'diverged', 'single', 'possible']),
      label: z.string(),
      score: z.number(),
      mentions: z.array(
        z.object({ articleId: z.number().int(), text: z.string(), sentenceId: z.number().int().nullable(), similarity: z.number() }),
      ),
      divergences: z.array(
        z.object({ kind: divergenceKind, detail: z.string(), score: z.number(), articleIds: z.array(z.number().int()) }),
      ),
    }),
  ),
  events: z.array(
    z.object({
      id: z.string(),
      date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
      precision: z.enum(['day', 'month']),
      label: z.string(),
      note: z.string().nullable(),
      articleIds: z.array(z.number().int()),
    }),
  ),
});

export type StoryExport = z.infer<typeof storyExportSchema>;
