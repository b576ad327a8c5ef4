import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { firstInvisible, withoutInvisible } from '@/lib/invisible-chars';
import { parseIsoDate } from '@/lib/iso-date';
import { noNul } from '@/lib/no-nul';
import { webUrlSchema } from '@/lib/safe-url';
import { AppError } from '../../errors';
import { checkOutletName } from './outlet-key';

const isoDate = z.string().superRefine((value, context) => {
  const parsed = parseIsoDate(value);
  if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.reason });
});

export const storySlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. my-story-2021')
  .max(80);

export const manifestArticleSchema = z.object({
  file: z
    .string()
    .min(1)
    .refine((value) => !value.includes('/') && !value.includes('\\') && value !== '..', 'must be a file name, not a path')
    .superRefine((value, context) => {
      const invisible = firstInvisible(value);
      if (invisible)
        context.addIssue({ code: 'custom', message: `contains the invisible or control character ${invisible}; rename the file` });
    }),
  outlet: z
    .string()
    .refine(...noNul('outlet name'))
    .overwrite(withoutInvisible)
    .trim()
    .min(1)
    .max(120)
    .refine((name) => checkOutletName(name) === null, { error: "must contain a letter or a digit (the outlet's name, in any script)" }),
  publishedAt: isoDate,
  url: webUrlSchema.optional(),
  evidence: z.string().max(2000).optional(),
  confidence: z.string().max(40).optional(),
});

export const manifestSchema = z.object({
  story: z.object({ slug: storySlugSchema, title: z.string().overwrite(withoutInvisible).trim().min(1).max(300) }),
  articles: z.array(manifestArticleSchema).min(1),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** A publication date as given ("2021-06-08", stored at noon UTC, or a full timestamp); null if it is not a real date. */
export function parsePublishedAt(value: string): Date | null {
  const parsed = parseIsoDate(value);
  return parsed.ok ? parsed.date : null;
}
export type ManifestArticle = z.infer<typeof manifestArticleSchema>;

/** Reads and validates a manifest; the error names the file and each offending field. */
export async function readManifest(path: string): Promise<Manifest> {
  let json: unknown;
  try {
    json = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, '')); // a byte-order mark is allowed
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
      throw new AppError(
        'invalid_manifest',
        `${path}: invalid manifest: field "articles.${index}.file": "${article.file}" is listed twice`,
        { file: path },
      );
    }
    seen.add(article.file);
  }
  return parsed.data;
}
