import 'server-only';
import { z } from 'zod';
import { parseIsoDate } from '@/lib/iso-date';
import { noNul } from '@/lib/no-nul';
import { AppError, describeError } from '../errors';
import { previewOf } from '../services/by-address/address-article';
import { mapFew } from '../services/by-address/address-import';
import { addressSchema, MAX_ADDRESSES, parseAddressList } from '../services/by-address/address-list';
import { fetchArticleByAddress } from '../services/by-address/fetch-article-by-address';
import { startBackgroundAddressImport } from '../services/import/background-import';
import { storySlugSchema } from '../services/import/manifest';
import { uploadFieldsSchema } from '../services/import/upload-request';
import { MAX_CHANGE_REQUEST_BYTES } from './body-limits';
import { errorResponse } from './error-response';
import { changed, guardChange } from './guard-change';
import { readFormWithin } from './read-form';

async function existingStory(slug: string): Promise<string> {
  const checked = storySlugSchema.safeParse(slug);
  if (!checked.success) throw new AppError('invalid_input', `The story address "${slug}" is not valid.`);
  const { getDb } = await import('../db');
  const story = await getDb().story.findUnique({ where: { slug: checked.data }, select: { id: true } });
  if (!story) throw new AppError('not_found', `No story "${slug}".`);
  return checked.data;
}

/** Step 1: fetch each address and answer what was found on it (nothing is stored). */
export async function handleAddressPreview(request: Request, slug: string): Promise<Response> {
  const guard = await guardChange(request);
  if (!guard.ok) return guard.response;
  try {
    await existingStory(slug);
    const form = await readFormWithin(request, MAX_CHANGE_REQUEST_BYTES, 'list of addresses');
    const urls = parseAddressList(String(form.get('urls') ?? ''));
    // Each address is answered on its own: one refused page does not hide the others.
    const results = await mapFew(urls, async (url) => {
      try {
        return { url, ok: true as const, preview: previewOf(await fetchArticleByAddress(url)) };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return { url, ok: false as const, message: describeError(error) };
      }
    });
    return Response.json({ results });
  } catch (error) {
    return errorResponse(error);
  }
}

const confirmedSchema = z.object({
  url: addressSchema,
  outlet: uploadFieldsSchema.shape.outlet,
  headline: z
    .string()
    .refine(...noNul('headline'))
    .trim()
    .max(500, { error: 'A headline is longer than 500 characters.' })
    .optional(),
  publishedAt: z
    .string({ error: 'Give the publication date.' })
    .trim()
    .transform((value, context) => {
      const parsed = parseIsoDate(value);
      if (parsed.ok) return parsed.date;
      context.addIssue({ code: 'custom', message: `The publication date ${parsed.reason}.` });
      return z.NEVER;
    }),
});

/**
 * Step 2: the editor confirmed (and perhaps corrected) the metadata: a queued job fetches the
 * pages again (they may have changed since the preview), extracts and imports them.
 */
export async function handleAddressImport(request: Request, slug: string): Promise<Response> {
  const guard = await guardChange(request);
  if (!guard.ok) return guard.response;
  try {
    const storySlug = await existingStory(slug);
    const form = await readFormWithin(request, MAX_CHANGE_REQUEST_BYTES, 'articles to add');
    const [urls, outlets, headlines, dates] = ['url', 'outlet', 'headline', 'publishedAt'].map((key) => form.getAll(key).map(String));
    if (urls.length === 0) throw new AppError('invalid_input', 'Choose at least one article to add.');
    if (urls.length > MAX_ADDRESSES) throw new AppError('invalid_input', `Add at most ${MAX_ADDRESSES} articles at a time.`);
    const items = urls.map((url, index) => {
      const parsed = confirmedSchema.safeParse({ url, outlet: outlets[index], headline: headlines[index], publishedAt: dates[index] });
      if (!parsed.success)
        throw new AppError('invalid_input', `${url.slice(0, 200)}: ${parsed.error.issues.map((issue) => issue.message).join(' ')}`);
      const { outlet, headline, publishedAt } = parsed.data;
      return { url: parsed.data.url, overrides: { outlet, headline: headline || undefined, publishedAt: publishedAt.toISOString() } };
    });
    const { runId } = await startBackgroundAddressImport(storySlug, items);
    return changed(request, `/stories/${storySlug}`, { runId, urls: items.map((item) => item.url) }, 202);
  } catch (error) {
    return errorResponse(error);
  }
}
