import 'server-only';
import { parseExportOptions, type ExportOptions } from '@/lib/export-options';
import { AppError } from '../errors';
import { storySlugSchema } from '../services/import/manifest';
import type { StoryAnalysisDto } from '../data/stories/get-story-analysis';
import { loadExportable } from './export-story';

export type ExportRequest = { ok: true; dto: StoryAnalysisDto; options: ExportOptions } | { ok: false; response: Response };

const problem = (status: number, error: string, message: string, parameter?: string) =>
  ({ ok: false, response: Response.json({ error, message, ...(parameter ? { parameter } : {}) }, { status }) }) as const;

/**
 * The common front of the export routes: the story (404 when unknown), the options (400
 * naming the parameter), and the analysis narrowed to the chosen outlets.
 */
export async function resolveExportRequest(slug: string, url: string): Promise<ExportRequest> {
  const parsedSlug = storySlugSchema.safeParse(slug);
  if (!parsedSlug.success) return problem(404, 'not_found', 'No such story.');
  const parsed = parseExportOptions(new URL(url).searchParams);
  if (!parsed.ok) return problem(400, 'invalid_parameter', parsed.message, parsed.parameter);
  try {
    return { ok: true, dto: await loadExportable(parsedSlug.data, parsed.options), options: parsed.options };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return problem(404, 'not_found', error.message);
    if (error instanceof AppError && error.code === 'invalid_input') return problem(400, 'invalid_parameter', error.message.replace(/^--outlets: /, 'The "outlets" parameter: '), 'outlets');
    throw error;
  }
}

/** "<slug>-<day of the export>.<extension>". */
export function exportFileName(slug: string, extension: string, at = new Date()): string {
  return `${slug}-${at.toISOString().slice(0, 10)}.${extension}`;
}
