import 'server-only';
import { AppError } from '../errors';
import { startBackgroundImport } from '../services/import/background-import';
import { uploadRequest } from '../services/import/upload-request';
import { MAX_UPLOAD_REQUEST_BYTES } from './body-limits';
import { errorResponse } from './error-response';
import { changed, guardChange } from './guard-change';
import { readFormWithin } from './read-form';

/** Adds one article (to an existing story, or a new one) from an editor's form; the analysis runs in the background. */
export async function handleUpload(request: Request, slug: string | null, options: { newStory: boolean }): Promise<Response> {
  const guard = await guardChange(request);
  if (!guard.ok) return guard.response;
  try {
    const form = await readFormWithin(request, MAX_UPLOAD_REQUEST_BYTES, 'article upload');
    // A new story's address comes with the form.
    const storySlug = slug ?? String(form.get('slug') ?? '').trim();
    const importRequest = await uploadRequest(storySlug, form, options);
    const { getDb } = await import('../db');
    const existing = await getDb().story.findUnique({ where: { slug: importRequest.story.slug }, select: { id: true } });
    if (options.newStory && existing)
      throw new AppError('invalid_input', `A story "${storySlug}" exists already; add the article to it instead.`);
    if (!options.newStory && !existing) throw new AppError('not_found', `No story "${storySlug}".`);
    const { runId } = await startBackgroundImport(importRequest);
    return changed(
      request,
      `/stories/${importRequest.story.slug}?added=${encodeURIComponent(importRequest.articles[0].file.sourceFile)}`,
      { runId, sourceFile: importRequest.articles[0].file.sourceFile },
      202,
    );
  } catch (error) {
    return errorResponse(error);
  }
}
