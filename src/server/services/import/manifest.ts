import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { webUrlSchema } from '@/lib/safe-url';
import { noNul } from '@/lib/no-nul';
import { AppError } from '../../errors';
import { checkOutletName } from './outlet-key';

const isoDate = z
  .string()
  .refine((value) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)), {
    message: 'must be a date such as 2021-06-08 or 2021-06-08T13:07:00-04:00',
  });

export const storySlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. my-story-2021')
  .max(80);

export const manifestArticleSchema = z.object({
  file: z
    .string()
    .min(1)
    .refine((value) => !value.includes('/') && !value.includes('\\') && value !== '..', 'must be a file name, not a path'),
  outlet: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .refine(...noNul('outlet name'))
    .refine((name) => checkOutletName(name) === null, { error: 'must contain a letter or a digit (the outlet\'s name, in any script)' }),
  publishedAt: isoDate,
  url: webUrlSchema.optional(),
  evidence: z.string().max(2000).optional(),
  confidence: z.string().max(40).optional(),
});

export const manifestSchema = z.object({
  story: z.object({ slug: storySlugSchema, title: z.string().trim().min(1).max(300) }),
  articles: z.array(manifestArticleSchema).min(1),
});

export type Manifest = z.infer<typeof manifestSchema>;

/**
 * A publication date as given ("2021-06-08" or a full timestamp). A date alone is stored at
 * noon UTC, so that it shows as the same calendar day in every time zone; null if invalid.
 */
export function parsePublishedAt(value: string): Date | null {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}
export type ManifestArticle = z.infer<typeof manifestArticleSchema>;

/** Reads and validates a manifest; the error names the file and each offending field. */
export async function readManifest(path: string): Promise<Manifest> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `not valid JSON (${(error as Error).message})`;
    throw new AppError('invalid_manifest', `${path}: ${reason}`, { file: path });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
    throw new AppError('invalid_manifest', `${path}: invalid manifest: ${issues.join('; ')}`, { file: path, issues });
  }
  const seen = new Set<string>();
  for (const [index, article] of parsed.data.articles.entries()) {
    if (seen.has(article.file)) {
      throw new AppError('invalid_manifest', `${path}: invalid manifest: field "articles.${index}.file": "${article.file}" is listed twice`, { file: path });
    }
    seen.add(article.file);
  }
  return parsed.data;
}
