import 'server-only';
import { type ExportOptions, parseExportOptions } from '@/lib/export-options';
import type { StoryAnalysisDto } from '../data/stories/get-story-analysis';
import { AppError } from '../errors';
import { errorResponse } from '../http/error-response';
import { storySlugSchema } from '../services/import/manifest';
import { loadExportable } from './export-story';

export type ExportRequest = { ok: true; dto: StoryAnalysisDto; options: ExportOptions } | { ok: false; response: Response };

/**
 * The common front of the export routes: the story (404 when unknown), the options (400
 * naming the parameter), and the analysis narrowed to the chosen outlets.
 */
export async function resolveExportRequest(slug: string, url: string): Promise<ExportRequest> {
  try {
    const parsedSlug = storySlugSchema.safeParse(slug);
    if (!parsedSlug.success) throw new AppError('not_found', 'No such story.');
    const parsed = parseExportOptions(new URL(url).searchParams);
    if (!parsed.ok) throw new AppError('invalid_parameter', parsed.message, { parameter: parsed.parameter });
    return { ok: true, dto: await loadExportable(parsedSlug.data, parsed.options), options: parsed.options };
  } catch (error) {
    return { ok: false, response: errorResponse(error) };
  }
}

/** "<slug>-<day of the export>.<extension>". */
export function exportFileName(slug: string, extension: string, at = new Date()): string {
  return `${slug}-${at.toISOString().slice(0, 10)}.${extension}`;
}
