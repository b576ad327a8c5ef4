import 'server-only';
import { z } from 'zod';
import { withoutInvisible } from '@/lib/invisible-chars';
import { parseIsoDate } from '@/lib/iso-date';
import { noNul } from '@/lib/no-nul';
import { AppError } from '../../errors';
import type { ImportStoryRequest } from './import-story';
import { storySlugSchema } from './manifest';
import { checkOutletName } from './outlet-key';
import { articleFromUpload } from './uploaded-article';

const empty = (value: unknown) => (value === '' || value === null ? undefined : value);

export const uploadFieldsSchema = z.object({
  outlet: z
    .string({ error: 'Name the outlet.' })
    // A NUL byte is refused (it is never a typing slip); other invisible characters are removed.
    .refine(...noNul('outlet name'))
    .overwrite(withoutInvisible)
    .trim()
    .min(1, { error: 'Name the outlet.' })
    .max(120, { error: 'The outlet name is longer than 120 characters.' })
    .superRefine((name, context) => {
      const problem = checkOutletName(name);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  url: z.preprocess(
    empty,
    z
      .string()
      .max(2000, { error: "The article's address is longer than 2,000 characters." })
      .refine(...noNul("article's address"))
      .pipe(z.url({ protocol: /^https?$/, error: "The article's address must start with http:// or https://." }))
      .optional(),
  ),
  publishedAt: z
    .string({ error: 'Give the publication date.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'The publication date must look like 2021-06-08.' })
    .transform((value, context) => {
      const parsed = parseIsoDate(value);
      if (parsed.ok) return parsed.date;
      context.addIssue({ code: 'custom', message: `The publication date ${parsed.reason}.` });
      return z.NEVER;
    }),
  title: z.preprocess(
    empty,
    z
      .string()
      .refine(...noNul('title'))
      .overwrite(withoutInvisible)
      .trim()
      .min(1)
      .max(300, { error: 'The title is longer than 300 characters.' })
      .optional(),
  ),
});

/** A validated import request from an editor's form (one article: pasted text or a file). */
export async function uploadRequest(slug: string, form: FormData, options: { newStory?: boolean } = {}): Promise<ImportStoryRequest> {
  const checkedSlug = storySlugSchema.safeParse(slug);
  if (!checkedSlug.success)
    throw new AppError('invalid_input', `The story address "${slug}" is not valid: use lower-case letters, digits and hyphens.`);
  const fields = uploadFieldsSchema.safeParse({
    outlet: form.get('outlet'),
    url: form.get('url'),
    publishedAt: form.get('publishedAt'),
    title: form.get('title'),
  });
  if (!fields.success) throw new AppError('invalid_input', fields.error.issues.map((issue) => issue.message).join(' '));
  if (options.newStory && !fields.data.title) throw new AppError('invalid_input', 'Give the new story a title.');
  const publishedAt = fields.data.publishedAt;
  const file = form.get('file');
  const text = form.get('text');
  const article = await articleFromUpload({ file: file instanceof File ? file : null, text: typeof text === 'string' ? text : null });
  return {
    story: { slug: checkedSlug.data, title: fields.data.title },
    articles: [{ file: article, outlet: fields.data.outlet, publishedAt, url: fields.data.url }],
  };
}
